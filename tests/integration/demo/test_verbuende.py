"""Demo Weiterbildungsverbünde: the showcases, consistency, health check, determinism."""

from __future__ import annotations

from collections import Counter
from datetime import date
from types import SimpleNamespace

from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory, create_db_engine
from wba_desktop.db.migrate import ensure_schema
from wba_desktop.demo.generate import generate_demo
from wba_desktop.models import (
    Activity,
    Affiliation,
    Organisation,
    Region,
    Verbund,
    VerbundBoardSeat,
    VerbundFigure,
    VerbundMember,
    VerbundPhase,
    VerbundTask,
    verbund_region,
)
from wba_desktop.services.verbuende.health import months_back
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import ADVICE, VERBUND_TYPES

RENEWABLE = "Qualifizierungsnetzwerk Erneuerbare Energien Anhalt"
AUTOMOTIVE = "Weiterbildungsverbund Automotive Sachsen-Anhalt"


def _all(uow_factory, stmt):
    with uow_factory() as uow:
        return uow.session.execute(stmt).all()


def _objects(uow_factory, model, *where) -> list[SimpleNamespace]:
    """Rows of ``model`` as plain objects (the unit of work expires its entities)."""
    with uow_factory() as uow:
        return [
            SimpleNamespace(**{c.key: getattr(o, c.key) for c in model.__table__.columns})
            for o in uow.session.scalars(select(model).where(*where))
        ]


def _id(uow_factory, name: str) -> int:
    with uow_factory() as uow:
        vid = uow.session.scalar(select(Verbund.id).where(Verbund.name == name))
    assert vid is not None, name
    return vid


def _members(uow_factory, vid: int) -> list[tuple[SimpleNamespace, str, str]]:
    """(member, organisation name, kind name) of a Verbund."""
    with uow_factory() as uow:
        kinds = {
            o.id: (o.name, o.type.name)
            for o in uow.session.scalars(
                select(Organisation)
                .join(VerbundMember, VerbundMember.organisation_id == Organisation.id)
                .where(VerbundMember.verbund_id == vid)
            )
        }
    members = _objects(uow_factory, VerbundMember, VerbundMember.verbund_id == vid)
    return [(m, *kinds[m.organisation_id]) for m in members]


def _regions(uow_factory, vid: int) -> set[str]:
    stmt = (
        select(Region.name)
        .join(verbund_region, verbund_region.c.region_id == Region.id)
        .where(verbund_region.c.verbund_id == vid)
    )
    return {name for (name,) in _all(uow_factory, stmt)}


def _history(uow_factory, vid: int) -> list[tuple[str, date]]:
    stmt = (
        select(VerbundPhase.phase, VerbundPhase.since)
        .where(VerbundPhase.verbund_id == vid)
        .order_by(VerbundPhase.id)
    )
    return [(p, d) for p, d in _all(uow_factory, stmt)]


def test_count_matches_the_summary(uow_factory, demo):
    assert demo.verbuende >= 6
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Verbund)) == demo.verbuende


def test_renewable_energy_network(uow_factory, services, demo):
    vid = _id(uow_factory, RENEWABLE)
    vb = services.verbuende.get(vid)
    assert vb.data.short_name == "QNEE"
    assert vb.phase in ("Aktiv", "Verstetigung")
    assert vb.data.continuation_plan
    assert _regions(uow_factory, vid) == {"Dessau-Roßlau", "Anhalt-Bitterfeld", "Wittenberg"}
    members = _members(uow_factory, vid)
    kinds = {kind for _, _, kind in members}
    assert {"Agentur für Arbeit", "Kammer (IHK)", "Weiterbildungsträger"} <= kinds
    assert {"Gewerkschaft", "Arbeitgeberverband"} & kinds
    assert {"Kommune / Landkreis", "Verein / Zivilgesellschaft", "Schule / Berufsschule"} <= kinds
    coordination = [m for m, o, _ in members if m.role == "Koordination"]
    assert len(coordination) == 1
    assert coordination[0].organisation_id == vb.data.coordinator_id
    assert coordination[0].commitment == "Kooperationsvereinbarung"
    signed = [m for m, _, _ in members if m.commitment == "Kooperationsvereinbarung"]
    assert len(signed) > len(members) * 3 // 4
    assert services.verbund_members.board(vid)


def test_automotive_verbund(uow_factory, services, demo):
    vid = _id(uow_factory, AUTOMOTIVE)
    vb = services.verbuende.get(vid)
    assert vb.data.short_name == "WAVA"
    assert "RKW" in vb.coordinator_name
    assert _regions(uow_factory, vid) == {"Magdeburg", "Harz", "Dessau-Roßlau"}
    history = _history(uow_factory, vid)
    assert [p for p, _ in history] == ["Anbahnung", "Konstituierung", "Aktiv"]
    notes = [h.note for h in vb.history]
    assert "Auftaktworkshop" in notes[0] and "Beirat" in notes[2]
    roles = Counter((m.role, kind) for m, _, kind in _members(uow_factory, vid))
    assert roles == {
        ("Koordination", "Sonstige"): 1,
        ("Mitgliedsunternehmen", "Unternehmen"): 3,
        ("Weiterbildungsträger", "Weiterbildungsträger"): 3,
    }
    board = services.verbund_members.board(vid)
    assert board and {b.data.since for b in board} == {history[2][1]}  # constituted later
    tasks = {t.data.title: t for t in services.verbund_progress.tasks(vid)}
    for milestone in ("Kursmodule entwickelt", "Beschäftigtenanalysen abgeschlossen"):
        assert tasks[milestone].data.kind == "Meilenstein" and tasks[milestone].data.done


def test_phase_history_is_consistent(uow_factory, demo):
    rows = _all(uow_factory, select(Verbund.id, Verbund.name, Verbund.phase, Verbund.sort_key))
    today = date.today()
    for vid, name, phase, key in rows:
        history = _history(uow_factory, vid)
        days = [d for _, d in history]
        assert days == sorted(days) and len(set(days)) == len(days), name
        assert days[-1] <= today
        assert phase == history[-1][0], name
        assert key == sort_key(name)[:200]
    phases = {phase for _, _, phase, _ in rows}
    assert {"Idee", "Anbahnung", "Ruhend", "Beendet"} <= phases
    assert phases & {"Aktiv", "Verstetigung"}
    types = {t for (t,) in _all(uow_factory, select(Verbund.type))}
    assert types == set(VERBUND_TYPES)


def test_members_are_consistent(uow_factory, demo):
    rows = _objects(uow_factory, VerbundMember)
    pairs = [(m.verbund_id, m.organisation_id) for m in rows]
    assert len(pairs) == len(set(pairs))
    affiliated = set(_all(uow_factory, select(Affiliation.person_id, Affiliation.organisation_id)))
    for m in rows:
        assert m.joined_on is not None
        assert m.left_on is None or m.left_on >= m.joined_on
        if m.commitment == "Kooperationsvereinbarung":
            assert m.joined_on <= m.agreement_signed_on <= date.today()
        else:
            assert m.agreement_signed_on is None
        assert m.contact_person_id is not None
        assert (m.contact_person_id, m.organisation_id) in affiliated
    assert any(m.left_on for m in rows)
    seats = [(s.verbund_id, s.person_id) for s in _objects(uow_factory, VerbundBoardSeat)]
    assert seats and len(seats) == len(set(seats))


def test_letters_of_intent_only_in_anbahnung(uow_factory, demo):
    rows = _all(uow_factory, select(Verbund.id).where(Verbund.phase == "Anbahnung"))
    assert rows
    commitments = {m.commitment for m, _, _ in _members(uow_factory, rows[0][0])}
    assert "Absichtserklärung" in commitments
    assert "Kooperationsvereinbarung" not in commitments


def test_tasks_figures_and_advice(uow_factory, services, demo):
    today = date.today()
    overdue = services.verbund_progress.overdue_tasks()
    assert overdue and all(t.data.due_on < today and not t.data.done for t in overdue)
    tasks = _objects(uow_factory, VerbundTask)
    assert any(t.done for t in tasks) and any(t.due_on > today for t in tasks)
    assert all(t.done_on is not None and t.done_on <= today for t in tasks if t.done)
    figures = _objects(uow_factory, VerbundFigure)
    assert figures
    for f in figures:
        assert (f.period_start.month, f.period_start.day) in ((1, 1), (7, 1))
        assert (f.period_end.month, f.period_end.day) in ((6, 30), (12, 31))
        assert f.period_end < today and f.kmu_reached <= f.companies_reached
    vid = _id(uow_factory, RENEWABLE)
    advice = _all(
        uow_factory,
        select(Activity.happened_on).where(Activity.verbund_id == vid, Activity.kind == ADVICE),
    )
    assert len(advice) >= 5
    assert max(d for (d,) in advice) >= months_back(today, 6)
    assert all(d <= today for (d,) in advice)


def test_health_and_funding_warning(uow_factory, services, demo):
    ids = [vid for (vid,) in _all(uow_factory, select(Verbund.id))]
    reports = services.health.check_many(ids)
    renewable = reports[_id(uow_factory, RENEWABLE)]
    (idea,) = _all(uow_factory, select(Verbund.id).where(Verbund.phase == "Idee"))
    assert renewable.score >= 4
    assert renewable.score >= reports[idea[0]].score + 3
    assert {f.number for f in renewable.factors if f.met} >= {1, 2, 3, 5}
    warned = [vid for vid, r in reports.items() if r.funding_warning]
    assert warned
    (vb,) = _objects(uow_factory, Verbund, Verbund.id == warned[0])
    assert vb.funding_end <= months_back(date.today(), -4)
    assert not vb.continuation_plan


def test_written_twice_keeps_the_names_unique(uow_factory, demo):
    again = generate_demo(uow_factory, force=True, seed=5)
    assert again.verbuende == 0
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Verbund)) == demo.verbuende


def test_same_seed_gives_the_same_verbuende(tmp_path, uow_factory, demo):
    engine = create_db_engine("sqlite:///" + (tmp_path / "again.sqlite3").as_posix())
    ensure_schema(engine)
    other = UnitOfWorkFactory(engine)
    generate_demo(other, size="small", seed=1)
    stmt = (
        select(Verbund.name, Verbund.phase, func.count(VerbundMember.id))
        .join(VerbundMember, VerbundMember.verbund_id == Verbund.id, isouter=True)
        .group_by(Verbund.name, Verbund.phase)
        .order_by(Verbund.name)
    )
    assert _all(uow_factory, stmt) == _all(other, stmt)
    members = (
        select(Verbund.name, Organisation.name)
        .join(VerbundMember, VerbundMember.verbund_id == Verbund.id)
        .join(Organisation, Organisation.id == VerbundMember.organisation_id)
        .order_by(Verbund.name, Organisation.name)
    )
    assert _all(uow_factory, members) == _all(other, members)
    engine.dispose()
