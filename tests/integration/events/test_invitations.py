"""Invitation lists: sources, consent, replies, waiting list, workshops, attendance."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.models import Activity, Verbund, VerbundBoardSeat, VerbundMember
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData, PersonFilter
from wba_desktop.services.events.invitation_queries import InvitationQueries
from wba_desktop.services.events.invitation_sources import REQUIRE_CONSENT_KEY, InvitationSources
from wba_desktop.services.events.invitations import InvitationService
from wba_desktop.services.events.programme import ProgrammeService, SessionData
from wba_desktop.services.events.records import EventData, EventService
from wba_desktop.services.privacy.consents import (
    GRANTED,
    WITHDRAWN,
    ConsentInput,
    ConsentService,
)
from wba_desktop.services.shared_settings import SharedSettings
from wba_desktop.vocab import EVENT_INVITATIONS

TODAY = date(2026, 1, 15)
DAY = datetime(2026, 6, 3)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 2, day, hour, minute)


@pytest.fixture
def events(uow_factory) -> EventService:
    return EventService(uow_factory)


@pytest.fixture
def programme(uow_factory) -> ProgrammeService:
    return ProgrammeService(uow_factory)


@pytest.fixture
def queries(uow_factory) -> InvitationQueries:
    return InvitationQueries(uow_factory)


@pytest.fixture
def invitations(services, uow_factory) -> InvitationService:
    return InvitationService(uow_factory, services.people, services.verteiler)


@pytest.fixture
def net(services, uow_factory):
    """Four organisations, seven people, a Verteiler and a Verbund with members and Beirat."""
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}

    def org(name, kind, region):
        data = OrganisationData(name=name, type_id=types[kind], region_id=regions[region])
        return services.organisations.create(data).id

    orgs = {
        "ihk": org("IHK Halle-Dessau", "Kammer (IHK)", "Halle (Saale)"),
        "hwk": org("Handwerkskammer Magdeburg", "Kammer (HWK)", "Magdeburg"),
        "firm": org("Harzer Metall GmbH", "Unternehmen", "Harz"),
        "aek": org("Ärztekammer Sachsen-Anhalt", "Sonstige", "Magdeburg"),
    }
    people = {}
    for key, last, org_key, function, email in (
        ("anna", "Albrecht", "ihk", "Referentin Weiterbildung", "anna@ihk.example"),
        ("bert", "Brückner", "ihk", "Geschäftsführer", "bert@ihk.example"),
        ("carl", "Cöster", "firm", "Geschäftsführer", ""),
        ("dora", "Dörr", None, "", "dora@example.org"),
        ("emil", "Ebert", "aek", "Referent", "emil@aek.example"),
        ("frida", "Fuchs", "firm", "Personalleiterin", ""),
        ("gert", "Gärtner", "hwk", "Berater", ""),
    ):
        p = services.people.create(PersonData(last_name=last, first_name=key.title(), email=email))
        if org_key:
            services.affiliations.save(
                AffiliationData(person_id=p.id, organisation_id=orgs[org_key], function=function)
            )
        people[key] = p.id
    services.people.set_active(people["frida"], False)
    kammern = services.verteiler.create("Kammern")
    services.verteiler.add_members(kammern.id, [people["anna"], people["bert"]])
    with uow_factory() as uow:
        s = uow.session
        vb = Verbund(name="Weiterbildungsverbund Altmark-Süd-Anhalt", short_name="WASA")
        s.add(vb)
        s.flush()
        for org_key, contact, left in (
            ("ihk", "bert", None),
            ("firm", "carl", None),
            ("hwk", "gert", date(2025, 12, 31)),  # has left the Verbund
        ):
            s.add(
                VerbundMember(
                    verbund_id=vb.id,
                    organisation_id=orgs[org_key],
                    role="Mitgliedsunternehmen",
                    contact_person_id=people[contact],
                    left_on=left,
                )
            )
        s.add(VerbundBoardSeat(verbund_id=vb.id, person_id=people["dora"]))
        s.add(VerbundBoardSeat(verbund_id=vb.id, person_id=people["emil"], until=date(2025, 6, 30)))
        uow.commit()
        wasa = vb.id
    return {**people, **orgs, "kammern": kammern.id, "wasa": wasa}


def new_event(events, net=None, capacity=None, verbund=False) -> int:
    data = EventData(
        title="Fachtag Weiterbildung",
        type="Fachkonferenz/Kongress",
        starts_at=DAY.replace(hour=9),
        ends_at=DAY.replace(hour=17),
        city="Halle (Saale)",
        capacity=capacity,
        verbund_ids=(net["wasa"],) if verbund else (),
    )
    return events.create(data, today=TODAY).id


def invite(invitations, queries, event_id, *person_ids, status="eingeladen") -> list[int]:
    sources = InvitationSources(person_ids=tuple(person_ids))
    result = invitations.add(event_id, sources, status, today=TODAY, now=at(1, 9))
    by_person = {r.person_id: r.id for r in queries.rows(event_id)}
    assert result.added == len(person_ids)
    return [by_person[p] for p in person_ids]


def set_consent(uow_factory, person_id, withdrawn=None):
    consents = ConsentService(uow_factory)
    granted = ConsentInput(EVENT_INVITATIONS, GRANTED, date(2025, 3, 1), source="Formular")
    consents.record(person_id, granted, today=TODAY)
    if withdrawn is not None:
        consents.record(person_id, ConsentInput(EVENT_INVITATIONS, WITHDRAWN, withdrawn))


# -- sources ---------------------------------------------------------------------------


def test_people_from_several_sources_are_merged(events, invitations, net, queries):
    e = new_event(events, net)
    sources = InvitationSources(
        verteiler_ids=(net["kammern"],), verbund_ids=(net["wasa"],), person_ids=(net["dora"],)
    )
    preview = invitations.preview(e, sources, today=TODAY)
    assert {c.name: c.source for c in preview.new} == {
        "Anna Albrecht": "Verteiler Kammern",
        "Bert Brückner": "Verteiler Kammern; Verbund WASA",
        "Carl Cöster": "Verbund WASA",  # contact person of an active member
        "Dora Dörr": "Verbund WASA; einzeln",  # on the Beirat
    }  # not Gert (his organisation left) nor Emil (his seat ended)
    result = invitations.add(e, sources, today=TODAY)
    assert (result.added, result.already_invited, result.without_consent) == (4, 0, 0)
    rows = {r.name: r for r in queries.rows(e)}
    assert rows["Bert Brückner"].source == "Verteiler Kammern; Verbund WASA"
    assert rows["Anna Albrecht"].organisation_id == net["ihk"]
    assert rows["Dora Dörr"].organisation_id is None
    assert {r.status for r in rows.values()} == {"vorgemerkt"}
    assert events.get(e).listed == 4 and events.get(e).invited == 0


def test_all_member_staff_and_people_filter(events, invitations, net, queries):
    e = new_event(events, net)
    staff = InvitationSources(verbund_ids=(net["wasa"],), include_all_member_staff=True)
    preview = invitations.preview(e, staff, today=TODAY)
    names = {c.name for c in preview.new}
    assert {"Anna Albrecht", "Bert Brückner", "Carl Cöster", "Dora Dörr"} == names
    assert preview.inactive == 1  # Frida works at a member but is inactive
    by_filter = InvitationSources(
        person_filter=PersonFilter(organisation_id=net["aek"]), filter_label="Ärztekammer"
    )
    result = invitations.add(e, by_filter, "eingeladen", today=TODAY)
    assert result.added == 1
    assert queries.rows(e)[0].source == "Ärztekammer"


def test_a_person_is_invited_only_once(events, invitations, net, queries):
    e = new_event(events, net)
    sources = InvitationSources(verteiler_ids=(net["kammern"],))
    invitations.add(e, sources, today=TODAY)
    again = invitations.add(
        e,
        InvitationSources(verteiler_ids=(net["kammern"],), person_ids=(net["carl"],)),
        today=TODAY,
    )
    assert (again.added, again.already_invited) == (1, 2)
    with pytest.raises(ValidationError) as exc:
        invitations.add_person(e, net["bert"])
    assert exc.value.errors["person_id"] == "Person: Bert Brückner ist schon eingeladen."
    assert len(queries.rows(e)) == 3
    with pytest.raises(ValidationError, match="inaktiv"):
        invitations.add_person(e, net["frida"])
    new_id = invitations.add_person(e, net["emil"], "eingeladen")
    assert queries.history(new_id)[0].status == "eingeladen"


def test_withdrawn_consent_is_always_left_out(events, invitations, net, uow_factory):
    e = new_event(events, net)
    set_consent(uow_factory, net["anna"], withdrawn=date(2026, 1, 2))
    set_consent(uow_factory, net["bert"])
    sources = InvitationSources(verteiler_ids=(net["kammern"],), person_ids=(net["carl"],))
    preview = invitations.preview(e, sources, today=TODAY)
    assert preview.without_consent == 1
    assert preview.without_consent_names == ("Anna Albrecht",)
    # without the setting a missing consent is no obstacle (Carl has none)
    assert {c.name for c in preview.new} == {"Bert Brückner", "Carl Cöster"}
    result = invitations.add(e, sources, today=TODAY)
    assert (result.added, result.without_consent) == (2, 1)
    with pytest.raises(ValidationError, match="Einwilligung"):
        invitations.add_person(e, net["anna"])


def test_missing_consent_is_left_out_when_the_setting_asks(
    events, invitations, net, uow_factory, queries
):
    e = new_event(events, net)
    SharedSettings(uow_factory).set(REQUIRE_CONSENT_KEY, True)
    set_consent(uow_factory, net["bert"])
    set_consent(uow_factory, net["anna"], withdrawn=date(2026, 1, 2))
    sources = InvitationSources(verteiler_ids=(net["kammern"],), person_ids=(net["carl"],))
    result = invitations.add(e, sources, today=TODAY)
    assert result.added == 1
    assert result.without_consent == 2
    assert result.without_consent_names == ("Anna Albrecht", "Carl Cöster")
    assert [r.name for r in queries.rows(e)] == ["Bert Brückner"]
    SharedSettings(uow_factory).set(REQUIRE_CONSENT_KEY, False)
    assert invitations.add(e, sources, today=TODAY).added == 1  # now Carl


def test_organisation_is_the_primary_current_affiliation(
    events, invitations, net, services, queries
):
    hwk = services.affiliations.for_person(net["gert"])[0]
    services.affiliations.save(
        AffiliationData(
            net["gert"], net["hwk"], "Berater", is_primary=True, valid_until=date(2025, 12, 31)
        ),
        hwk.id,
    )
    services.affiliations.save(AffiliationData(net["gert"], net["firm"], "Ausbilder"))
    e = new_event(events, net)
    invitations.add_person(e, net["gert"], today=TODAY)
    (row,) = queries.rows(e)
    assert (row.organisation, row.function) == ("Harzer Metall GmbH", "Ausbilder")


# -- status, capacity, waiting list ----------------------------------------------------------


def test_status_history_with_dates(events, invitations, net, queries):
    e = new_event(events, net)
    (anna,) = invite(invitations, queries, e, net["anna"], status="vorgemerkt")
    invitations.set_status([anna], "eingeladen", now=at(2, 10))
    result = invitations.set_status([anna], "zugesagt", "per E-Mail", now=at(5, 8, 30))
    assert (result.changed, result.unchanged) == (1, 0)
    assert invitations.set_status([anna], "zugesagt", now=at(6, 8)).unchanged == 1
    history = [(h.status, h.changed_at, h.note) for h in queries.history(anna)]
    assert history == [
        ("vorgemerkt", at(1, 9), ""),
        ("eingeladen", at(2, 10), ""),
        ("zugesagt", at(5, 8, 30), "per E-Mail"),
    ]
    assert queries.rows(e)[0].status_changed_at == at(5, 8, 30)
    with pytest.raises(ValidationError):
        invitations.set_status([anna], "vielleicht")
    with pytest.raises(NotFoundError):
        queries.history(999)


def test_full_event_puts_people_on_the_waiting_list_and_they_move_up(
    events, invitations, net, queries
):
    e = new_event(events, net, capacity=2)
    anna, bert, carl, dora = invite(
        invitations, queries, e, *(net[k] for k in ("anna", "bert", "carl", "dora"))
    )
    assert invitations.set_status([anna, bert], "zugesagt", now=at(2, 9)).waitlisted == ()
    full = invitations.set_status([dora], "zugesagt", now=at(3, 9))
    assert full.waitlisted == ("Dora Dörr",)
    assert queries.history(dora)[-1].status == "Warteliste"
    assert "ausgebucht" in queries.history(dora)[-1].note
    invitations.set_status([carl], "zugesagt", now=at(4, 9))  # after Dora, although listed earlier
    info = events.get(e)
    assert (info.accepted, info.waiting) == (2, 2)
    # Anna cancels: the first on the waiting list (Dora, by time) moves up
    result = invitations.set_status([anna], "abgesagt", "krank", now=at(5, 9))
    assert result.moved_up == ("Dora Dörr",)
    last = queries.history(dora)[-1]
    assert (last.status, last.changed_at, last.note) == (
        "zugesagt",
        at(5, 9),
        "von der Warteliste nachgerückt",
    )
    statuses = {r.name: r.status for r in queries.rows(e)}
    assert statuses == {
        "Anna Albrecht": "abgesagt",
        "Bert Brückner": "zugesagt",
        "Carl Cöster": "Warteliste",
        "Dora Dörr": "zugesagt",
    }
    # removing an accepted person frees a place as well
    removed = invitations.remove([bert], now=at(6, 9))
    assert removed.moved_up == ("Carl Cöster",)
    assert (events.get(e).accepted, events.get(e).waiting) == (2, 0)


def test_bulk_acceptance_respects_the_capacity(events, invitations, net, queries):
    e = new_event(events, net, capacity=2)
    ids = invite(invitations, queries, e, net["anna"], net["bert"], net["carl"])
    result = invitations.set_status(ids, "zugesagt", now=at(2, 9))
    assert result.changed == 3 and result.waitlisted == ("Carl Cöster",)
    # a "nicht erschienen" does not pull anyone up
    invitations.set_status(ids[:1], "nicht erschienen", now=at(3, 9))
    assert {r.status for r in queries.rows(e, status="Warteliste")} == {"Warteliste"}


def test_without_capacity_nobody_waits(events, invitations, net, queries):
    e = new_event(events, net)
    ids = invite(invitations, queries, e, net["anna"], net["bert"], net["carl"])
    assert invitations.set_status(ids, "zugesagt").waitlisted == ()
    assert events.get(e).accepted == 3


# -- workshops -------------------------------------------------------------------------


def test_workshop_capacity_and_parallel_sessions(events, invitations, net, programme, queries):
    e = new_event(events, net)
    plenum = programme.save_session(
        e, SessionData("Plenum", "Keynote", DAY.replace(hour=10), DAY.replace(hour=11))
    )
    w1, w2 = (
        programme.save_session(
            e,
            SessionData(
                f"Workshop {n}",
                "Workshop",
                DAY.replace(hour=14),
                DAY.replace(hour=15, minute=30),
                capacity=cap,
            ),
        )
        for n, cap in ((1, 2), (2, 5))
    )
    anna, bert, carl = invite(invitations, queries, e, net["anna"], net["bert"], net["carl"])
    invitations.set_status([anna, bert, carl], "zugesagt")
    with pytest.raises(ValidationError) as exc:
        programme.assign_session([anna, bert, carl], w1.id)
    assert "„Workshop 1“ hat nur 2 Plätze" in exc.value.errors["session_id"]
    assert [s.assigned for s in programme.sessions(e)] == [0, 0, 0]  # nothing saved
    assert programme.assign_session([anna, bert], w1.id) == 2
    assert programme.assign_session([bert], w2.id) == 1  # moves from the parallel one
    assert programme.assign_session([anna, bert], plenum.id) == 2
    assigned = {s.title: s.assigned for s in programme.sessions(e)}
    assert assigned == {"Plenum": 2, "Workshop 1": 1, "Workshop 2": 1}
    rows = {r.name: r.sessions for r in queries.rows(e)}
    assert rows["Anna Albrecht"] == ("Plenum", "Workshop 1")
    assert rows["Bert Brückner"] == ("Plenum", "Workshop 2")
    # cancelling frees the workshop place; cancelled people cannot be assigned
    invitations.set_status([anna], "abgesagt")
    assert {s.title: s.assigned for s in programme.sessions(e)}["Workshop 1"] == 0
    with pytest.raises(ValidationError, match="abgesagt"):
        programme.assign_session([anna], w1.id)
    assert programme.set_attendees(plenum.id, []) == (0, 1)  # Bert leaves the plenum
    # fewer places than assigned people: refused
    programme.assign_session([carl], w2.id)
    data = w2.data
    data.capacity = 1
    with pytest.raises(ValidationError, match="schon 2 Personen"):
        programme.save_session(e, data, w2.id)


def test_set_attendees_swaps_a_full_workshop_in_one_step(
    events, invitations, net, programme, queries
):
    e = new_event(events, net)
    (ws,) = [
        programme.save_session(
            e,
            SessionData(
                "Workshop Pflege",
                "Workshop",
                DAY.replace(hour=14),
                DAY.replace(hour=15),
                capacity=2,
            ),
        )
    ]
    anna, bert, carl = invite(invitations, queries, e, net["anna"], net["bert"], net["carl"])
    invitations.set_status([anna, bert, carl], "zugesagt")
    assert programme.set_attendees(ws.id, [anna, bert]) == (2, 0)

    def attendees() -> set[str]:
        return {r.name for r in queries.rows(e) if "Workshop Pflege" in r.sessions}

    # full: Carl takes Bert's place; freeing and taking happen in one unit of work
    assert programme.set_attendees(ws.id, [anna, carl]) == (1, 1)
    assert attendees() == {"Anna Albrecht", "Carl Cöster"}
    # three people for two places: refused, and nobody lost the place they had
    with pytest.raises(ValidationError, match="hat nur 2 Plätze"):
        programme.set_attendees(ws.id, [anna, bert, carl])
    assert attendees() == {"Anna Albrecht", "Carl Cöster"}
    # someone who cancelled cannot be put in; the removal asked for alongside is undone too
    invitations.set_status([bert], "abgesagt")
    with pytest.raises(ValidationError, match="abgesagt"):
        programme.set_attendees(ws.id, [bert])
    assert attendees() == {"Anna Albrecht", "Carl Cöster"}
    assert programme.set_attendees(ws.id, []) == (0, 2)
    assert attendees() == set()


# -- lists, attendance, report ---------------------------------------------------------


def test_rows_sorted_by_organisation_then_name(events, invitations, net, queries):
    e = new_event(events, net)
    keys = ("dora", "bert", "carl", "emil", "anna")
    invite(invitations, queries, e, *(net[k] for k in keys))
    rows = queries.rows(e)
    assert [r.organisation for r in rows] == [
        "Ärztekammer Sachsen-Anhalt",
        "Harzer Metall GmbH",
        "IHK Halle-Dessau",
        "IHK Halle-Dessau",
        "",
    ]
    assert [r.last_name for r in rows] == ["Ebert", "Cöster", "Albrecht", "Brückner", "Dörr"]
    anna = rows[2]
    assert (anna.organisation_kind, anna.district, anna.wba_region) == (
        "Kammer (IHK)",
        "Halle (Saale)",
        "Süd",
    )
    assert (anna.function, anna.email, anna.sort_name) == (
        "Referentin Weiterbildung",
        "anna@ihk.example",
        "Albrecht, Anna",
    )
    assert [r.name for r in queries.rows(e, text="brueckner")] == ["Bert Brückner"]
    assert [r.name for r in queries.rows(e, text="harzer")] == ["Carl Cöster"]
    invitations.set_status([anna.id], "zugesagt")
    assert [r.name for r in queries.rows(e, status="zugesagt")] == ["Anna Albrecht"]


def _attendance(uow_factory, event_id):
    with uow_factory() as uow:
        rows = uow.session.scalars(
            select(Activity).where(Activity.event_id == event_id).order_by(Activity.person_id)
        ).all()
        return [
            (a.person_id, a.kind, a.happened_on, a.subject, a.verbund_id, a.organisation_id)
            for a in rows
        ]


def test_attendance_creates_contact_history_once(events, invitations, net, uow_factory, queries):
    e = new_event(events, net, verbund=True)
    anna, bert, carl, dora = invite(
        invitations, queries, e, *(net[k] for k in ("anna", "bert", "carl", "dora"))
    )
    invitations.set_status([anna, bert, carl], "zugesagt")
    result = invitations.mark_attendance(e, [anna, bert])
    assert (result.attended, result.no_show) == (2, 1)
    expected = [
        (
            net["anna"],
            "Veranstaltung",
            DAY.date(),
            "Fachtag Weiterbildung",
            net["wasa"],
            net["ihk"],
        ),
        (
            net["bert"],
            "Veranstaltung",
            DAY.date(),
            "Fachtag Weiterbildung",
            net["wasa"],
            net["ihk"],
        ),
    ]
    assert _attendance(uow_factory, e) == expected
    invitations.mark_attendance(e, [anna, bert])  # again: no duplicates
    assert _attendance(uow_factory, e) == expected
    statuses = {r.name: r.status for r in queries.rows(e)}
    assert statuses["Carl Cöster"] == "nicht erschienen"
    assert statuses["Dora Dörr"] == "eingeladen"  # had not accepted: untouched
    # Bert did not come after all; Dora came without having accepted
    invitations.mark_attendance(e, [anna, dora])
    assert [a[0] for a in _attendance(uow_factory, e)] == [net["anna"], net["dora"]]
    info = events.get(e)
    assert (info.attended, info.accepted) == (2, 4)
    invitations.remove([dora])
    assert [a[0] for a in _attendance(uow_factory, e)] == [net["anna"]]
    with pytest.raises(NotFoundError):
        invitations.mark_attendance(e, [999])


def test_recipients_for_mail(events, invitations, net, uow_factory, queries):
    e = new_event(events, net)
    ids = invite(invitations, queries, e, net["anna"], net["bert"], net["carl"], net["emil"])
    invitations.set_status(ids[:3], "zugesagt")
    assert queries.recipients(e, ["zugesagt"]) == [
        ("Anna Albrecht", "anna@ihk.example"),
        ("Bert Brückner", "bert@ihk.example"),
    ]  # Carl has no address, Emil has not accepted
    set_consent(uow_factory, net["anna"], withdrawn=date(2026, 2, 1))
    assert queries.recipients(e, ["zugesagt", "eingeladen"]) == [
        ("Bert Brückner", "bert@ihk.example"),
        ("Emil Ebert", "emil@aek.example"),
    ]
    assert [r.may_invite for r in queries.rows(e) if r.name == "Anna Albrecht"] == [False]


def test_follow_up_report(events, invitations, net, queries):
    e = new_event(events, net)
    keys = ("anna", "bert", "carl", "dora", "emil")
    anna, bert, carl, dora, emil = invite(invitations, queries, e, *(net[k] for k in keys))
    invitations.add_person(e, net["gert"])  # only "vorgemerkt": not counted as invited
    invitations.set_status([anna, bert, carl], "zugesagt")
    invitations.set_status([emil], "abgesagt")
    invitations.mark_attendance(e, [anna, carl])
    report = queries.report(e)
    assert (report.listed, report.invited, report.accepted, report.attended) == (6, 5, 3, 2)
    assert (report.no_show, report.cancelled, report.waiting) == (1, 1, 0)
    assert report.totals[0] == ("Eingeladen", 5)
    by_kind = {r.label: (r.invited, r.accepted, r.attended) for r in report.by_kind}
    assert by_kind == {
        "Kammer (IHK)": (2, 2, 1),
        "Sonstige": (1, 0, 0),
        "Unternehmen": (1, 1, 1),
        "ohne Organisation": (1, 0, 0),
    }
    assert report.by_kind[-1].label == "ohne Organisation"
    by_district = {r.label: r.invited for r in report.by_district}
    assert by_district == {"Halle (Saale)": 2, "Harz": 1, "Magdeburg": 1, "ohne Landkreis": 1}
