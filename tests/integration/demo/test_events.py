"""Demo events: the congress, the online launch, the Verbund events; lists, history,
workshops, attendance, checklists, health check, same-day warning, determinism."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.migrate import ensure_schema
from wba_desktop.demo.generate import generate_demo
from wba_desktop.models import (
    Activity,
    Event,
    EventSession,
    Invitation,
    InvitationChange,
    Person,
    SessionAttendee,
    Verbund,
    VerbundBoardSeat,
    event_verbund,
)
from wba_desktop.models.base import utcnow
from wba_desktop.services.events.invitations import MOVED_UP
from wba_desktop.services.events.records import ACCEPTED
from wba_desktop.vocab import ATTENDANCE

CONGRESS = "Fachkonferenz/Kongress"
HELD, CANCELLED = "durchgeführt", "abgesagt"
PLANNED = ("geplant", "Einladung versendet")


def _all(uow_factory, stmt):
    with uow_factory() as uow:
        return uow.session.execute(stmt).all()


def _one(services, type_: str, status: str | None = None, verbund: str | None = None):
    found = [
        e
        for e in services.events.list_events()
        if e.type == type_
        and (status is None or e.status == status)
        and (verbund is None or verbund in e.verbund_names)
    ]
    assert len(found) == 1, (type_, status, verbund, [e.title for e in found])
    return found[0]


def _verbund_id(uow_factory, short: str) -> int:
    (vid,) = _all(uow_factory, select(Verbund.id).where(Verbund.short_name == short))[0]
    return vid


def test_count_matches_the_summary(uow_factory, demo):
    assert demo.events >= 9
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Event)) == demo.events


def test_congress_programme(services, demo):
    e = _one(services, CONGRESS)
    today = date.today()
    assert (e.starts_at.month, e.starts_at.day) == (6, 3) and e.starts_at.date() < today
    assert e.status == HELD and e.capacity == 160
    detail = services.events.get(e.id)
    assert detail.city in ("Magdeburg", "Halle (Saale)") and detail.street and detail.postcode
    sessions = services.programme.sessions(e.id)
    kinds = Counter(s.kind for s in sessions)
    for kind in ("Begrüßung", "Keynote", "Dialogspaziergang", "Fachgespräch", "Podium", "Pause"):
        assert kinds[kind] >= 1, kind
    titles = {s.title for s in sessions}
    assert "Trends in der Weiterbildung" in titles
    assert "Weiterbildungsstrategien der Zukunft" in titles
    workshops = [s for s in sessions if s.kind == "Workshop"]
    assert len(workshops) == 8
    assert len({(w.starts_at, w.ends_at) for w in workshops}) == 1  # one parallel slot
    assert all(w.parallel for w in workshops)
    assert len({w.room for w in workshops}) == 8
    lunch = next(s for s in sessions if s.kind == "Pause")
    assert lunch.ends_at <= workshops[0].starts_at
    for w in workshops:
        assert 20 <= w.capacity <= 25
        assert {s.role for s in w.speakers} == {"Referent/in", "Moderation"}
    keynote = next(s for s in sessions if s.kind == "Keynote")
    assert keynote.speakers


def test_congress_list_and_report(uow_factory, services, demo):
    e = _one(services, CONGRESS)
    report = services.invitation_queries.report(e.id)
    assert 170 <= report.invited <= 190 and report.listed == report.invited
    assert 140 <= report.accepted <= 160
    assert report.accepted == report.attended + report.no_show
    assert 125 <= report.attended <= 150 and 5 <= report.no_show <= 20
    assert report.cancelled > 0 and report.waiting == 0
    statuses = Counter(r.status for r in services.invitation_queries.rows(e.id))
    assert sum(statuses.values()) == report.listed
    assert statuses["teilgenommen"] == report.attended == e.attended
    for rows in (report.by_kind, report.by_district):
        assert sum(r.invited for r in rows) == report.invited
        assert sum(r.accepted for r in rows) == report.accepted
        assert sum(r.attended for r in rows) == report.attended
    assert len(report.by_kind) >= 8  # multipliers of many kinds (and some companies)
    moved = _all(
        uow_factory,
        select(InvitationChange.invitation_id)
        .join(Invitation, Invitation.id == InvitationChange.invitation_id)
        .where(Invitation.event_id == e.id, InvitationChange.note == MOVED_UP),
    )
    assert 1 <= len(moved) <= 10
    history = services.invitation_queries.history(moved[0][0])
    assert [h.status for h in history][:3] == ["vorgemerkt", "eingeladen", "Warteliste"]
    assert "zugesagt" in [h.status for h in history[3:]]
    invited_on = {h.changed_at.date() for h in history if h.status == "eingeladen"}
    assert all(35 <= (e.starts_at.date() - d).days <= 50 for d in invited_on)


def test_workshops_within_places_and_one_per_participant(uow_factory, services, demo):
    e = _one(services, CONGRESS)
    workshops = {
        s.id: s.capacity for s in services.programme.sessions(e.id) if s.kind == "Workshop"
    }
    places = _all(
        uow_factory,
        select(SessionAttendee.session_id, SessionAttendee.invitation_id, Invitation.status)
        .join(Invitation, Invitation.id == SessionAttendee.invitation_id)
        .where(Invitation.event_id == e.id),
    )
    per_session = Counter(sid for sid, _, _ in places)
    assert set(per_session) <= set(workshops)
    assert all(per_session[sid] <= cap for sid, cap in workshops.items())
    per_person = Counter(iid for _, iid, _ in places)
    assert max(per_person.values()) == 1
    assert {status for _, _, status in places} <= set(ACCEPTED)
    accepted = _all(
        uow_factory,
        select(Invitation.id).where(Invitation.event_id == e.id, Invitation.status.in_(ACCEPTED)),
    )
    assert {i for (i,) in accepted} == set(per_person)  # every participant has one workshop
    assert all(s.assigned == per_session[s.id] for s in services.programme.sessions(e.id)
               if s.id in workshops)  # fmt: skip


def test_every_participant_has_one_attendance_entry(uow_factory, demo):
    present = _all(
        uow_factory,
        select(Invitation.event_id, Invitation.person_id, Invitation.organisation_id).where(
            Invitation.status == "teilgenommen"
        ),
    )
    entries = _all(
        uow_factory,
        select(Activity.event_id, Activity.person_id, Activity.organisation_id,
               Activity.verbund_id, Activity.happened_on, Activity.subject)
        .where(Activity.kind == ATTENDANCE),
    )  # fmt: skip
    assert len(present) > 250
    assert Counter((e, p) for e, p, *_ in entries) == Counter((e, p) for e, p, _ in present)
    orgs = {(e, p): o for e, p, o in present}
    rows = _all(uow_factory, select(Event.id, Event.title, Event.starts_at))
    events = {i: (title, start.date()) for i, title, start in rows}
    links = dict(_all(uow_factory, select(event_verbund.c.event_id, event_verbund.c.verbund_id)))
    for event_id, person_id, org_id, verbund_id, day, subject in entries:
        assert org_id == orgs[(event_id, person_id)]
        assert (subject, day) == events[event_id]
        assert verbund_id == links.get(event_id)


def test_history_ascends_and_ends_in_the_status(uow_factory, demo):
    changes = defaultdict(list)
    for iid, status, at in _all(
        uow_factory,
        select(InvitationChange.invitation_id, InvitationChange.status, InvitationChange.changed_at)
        .order_by(InvitationChange.id),
    ):  # fmt: skip
        changes[iid].append((status, at))
    invitations = _all(uow_factory, select(Invitation.id, Invitation.status,
                                           Invitation.status_changed_at))  # fmt: skip
    assert len(changes) == len(invitations)
    now = utcnow()
    for iid, status, changed_at in invitations:
        steps = changes[iid]
        times = [at for _, at in steps]
        assert times == sorted(set(times)), iid  # strictly ascending
        assert steps[0][0] == "vorgemerkt" and times[-1] <= now
        assert steps[-1] == (status, changed_at)


def test_online_launch(services, demo):
    launch = [e for e in services.events.list_events() if e.mode == "online"]
    assert len(launch) == 1
    e = launch[0]
    assert e.title.startswith("Start der Weiterbildungsagentur") and e.status == HELD
    assert 110 <= e.attended <= 130
    assert 30 <= (date.today() - e.starts_at.date()).days <= 100


def test_statuses_fit_the_events(uow_factory, services, demo):
    today = date.today()
    by_status = defaultdict(list)
    for e in services.events.list_events():
        by_status[e.status].append(e)
        statuses = {r.status for r in services.invitation_queries.rows(e.id)}
        if e.status == HELD:
            assert e.ends_at.date() < today and "teilgenommen" in statuses
            assert "vorgemerkt" not in statuses and "Warteliste" not in statuses
        else:
            assert not statuses & {"teilgenommen", "nicht erschienen"}, e.title
        if e.status in PLANNED:
            assert e.starts_at.date() > today
        if e.status == "geplant":
            assert statuses == {"vorgemerkt"}
        if e.status == "Einladung versendet":
            assert "vorgemerkt" not in statuses and "eingeladen" in statuses
    assert len(by_status[HELD]) >= 4 and len(by_status[CANCELLED]) == 1
    assert by_status["geplant"] and by_status["Einladung versendet"]


def test_checklists(services, demo):
    today = date.today()
    for e in services.events.list_events():
        items = services.checklists.items(e.id)
        assert items, e.title
        assert all(i.done_on <= today for i in items if i.done)
        if e.status == HELD:
            assert all(i.done for i in items if i.due_on <= today), e.title
    overdue = services.checklists.overdue_items()
    events = {e.id: e for e in services.events.list_events()}
    assert overdue
    assert {events[i.event_id].status for i in overdue} <= set(PLANNED)
    for e in (e for e in events.values() if e.status in PLANNED):
        assert any(i.done for i in services.checklists.items(e.id)), e.title


def test_verbund_events_and_health(uow_factory, services, demo):
    today = date.today()
    info = _one(services, "Informationsveranstaltung", HELD, "QNEE")
    assert 0 < (today - info.starts_at.date()).days < 365
    assert "Kommunen" in info.title and info.attended > 0
    youth = _one(services, "Format für junge Menschen", verbund="QNEE")
    assert youth.status in (HELD, *PLANNED)
    report = services.health.check(_verbund_id(uow_factory, "QNEE"))
    assert report.score_text == "5/5", [f.reason for f in report.factors if not f.met]
    kickoff = _one(services, "Kick-off", verbund="WAVA")
    assert kickoff.status == HELD and kickoff.starts_at.date() < today
    board = _one(services, "Beiratssitzung", verbund="WAVA")
    assert board.status == "Einladung versendet"
    assert 14 <= (board.starts_at.date() - today).days <= 28
    seats = {p for (p,) in _all(uow_factory, select(VerbundBoardSeat.person_id).where(
        VerbundBoardSeat.verbund_id == _verbund_id(uow_factory, "WAVA")))}  # fmt: skip
    rows = services.invitation_queries.rows(board.id)
    assert seats <= {r.person_id for r in rows}
    assert {r.status for r in rows} & {"zugesagt", "abgesagt"}
    dialogue = _one(services, "Dialogformat", verbund="WGP Harz")
    assert dialogue.status == "geplant" and dialogue.listed > 0
    assert 28 <= (dialogue.starts_at.date() - today).days <= 42


def test_same_day_warning(services, demo):
    meeting = _one(services, "Netzwerktreffen", verbund="DigiHand")
    assert meeting.status in PLANNED
    assert 7 <= (meeting.starts_at.date() - date.today()).days <= 21
    others = services.events.same_day_conflicts(meeting.id)
    assert len(others) == 1
    other = others[0]
    assert other.status in PLANNED and other.wba_region == meeting.wba_region
    assert [e.id for e in services.events.same_day_conflicts(other.id)] == [meeting.id]


def test_written_twice_keeps_the_titles_unique(uow_factory, demo):
    again = generate_demo(uow_factory, force=True, seed=5)
    assert again.events == 0
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Event)) == demo.events


def test_same_seed_gives_the_same_events(tmp_path, uow_factory, demo):
    engine = create_db_engine("sqlite:///" + (tmp_path / "again.sqlite3").as_posix())
    ensure_schema(engine)
    other = UnitOfWorkFactory(engine)
    generate_demo(other, size="small", seed=1)
    events = select(Event.title, Event.starts_at, Event.status, Event.venue).order_by(Event.title)
    assert _all(uow_factory, events) == _all(other, events)
    lists = (
        select(Event.title, Person.last_name, Person.first_name, Invitation.status,
               Invitation.status_changed_at, func.count(SessionAttendee.session_id))
        .join(Invitation, Invitation.event_id == Event.id)
        .join(Person, Person.id == Invitation.person_id)
        .outerjoin(SessionAttendee, SessionAttendee.invitation_id == Invitation.id)
        .group_by(Event.title, Person.id, Invitation.id)
        .order_by(Event.title, Person.id)
    )  # fmt: skip
    assert _all(uow_factory, lists) == _all(other, lists)
    programme = select(EventSession.title, EventSession.starts_at).order_by(EventSession.id)
    assert _all(uow_factory, programme) == _all(other, programme)
    engine.dispose()


def test_planned_events_stay_within_sight(services, demo):
    """Nothing planned is more than two months away; the congress is within the last year."""
    today = date.today()
    for e in services.events.list_events():
        assert e.starts_at.date() <= today + timedelta(days=62), e.title
    congress = _one(services, CONGRESS)
    assert today - timedelta(days=366) <= congress.starts_at.date() < today


def test_the_services_work_on_the_demo_lists(services, demo):
    meeting = _one(services, "Netzwerktreffen", verbund="DigiHand")
    row = next(r for r in services.invitation_queries.rows(meeting.id) if r.status == "eingeladen")
    result = services.invitations.set_status([row.id], "zugesagt")
    assert result.changed == 1
    history = services.invitation_queries.history(row.id)
    assert [h.status for h in history] == ["vorgemerkt", "eingeladen", "zugesagt"]
    assert history[-2].changed_at < history[-1].changed_at
