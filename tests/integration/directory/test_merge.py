"""Merging duplicates: everything pointing at the other record ends at the survivor,
links the survivor already has are joined, a relation between the two is dropped,
data protection keeps the stricter state, the audit log names the merge, and a
record changed since the preview stops the merge with nothing changed."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import StaleEdit, ValidationError
from wba_desktop.models import (
    Activity,
    Affiliation,
    AppSetting,
    AuditEntry,
    ConsentEvent,
    ConsentPurpose,
    DistributionList,
    Event,
    EventSession,
    Invitation,
    InvitationChange,
    Organisation,
    Person,
    Relation,
    RelationType,
    SessionAttendee,
    SessionPerson,
    Verbund,
    VerbundBoardSeat,
    VerbundMember,
    distribution_member,
    event_organiser,
)
from wba_desktop.services.bundle import Services
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.shared_settings import OWN_ORGANISATION


def _org(services, name, city="Musterstadt", **kw) -> int:
    kind = services.reference.organisation_types()[0].id
    data = OrganisationData(name=name, type_id=kind, city=city, **kw)
    return services.organisations.create(data, allow_duplicate=True).id


def _person(services, last, first="", **kw) -> int:
    data = PersonData(last_name=last, first_name=first, **kw)
    return services.people.create(data, allow_duplicate=True).id


def _add(services, *rows):
    with services.uow() as uow:
        for r in rows:
            uow.session.add(r)
        uow.commit()
        return [getattr(r, "id", None) for r in rows]


def _count(services, stmt) -> int:
    with services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(stmt.subquery()))


@pytest.fixture
def rtype(services):
    with services.uow() as uow:
        types = {t.name: (t.id, t.directed) for t in uow.session.scalars(select(RelationType))}
    return types


@pytest.fixture
def event_id(services) -> int:
    start = datetime(2026, 5, 4, 9, 0)
    [eid] = _add(services, Event(title="Fachtag Weiterbildung", starts_at=start, ends_at=start))
    return eid


def test_merge_organisations_moves_everything(services, rtype, event_id):
    keep = _org(services, "Bildungswerk Elbe GmbH", phone="0391 111111", tags=["Pflege"])
    gone = _org(services, "Bildungswerk Elbe", city="", website="bildungswerk.example", tags=["IT"])
    third = _org(services, "Kammer Nord")
    fourth = _org(services, "Verein Süd")
    anna, bert = _person(services, "Testfrau", "Anna"), _person(services, "Beispiel", "Bert")
    coop, member = rtype["Kooperation"][0], rtype["Mitgliedschaft"][0]
    [verbund, verbund2] = _add(services, Verbund(name="Verbund A"), Verbund(name="Verbund B"))
    start = datetime(2026, 5, 4, 9, 0)
    _add(
        services,
        # anna at both: one affiliation stays, primary kept; bert only at the other
        Affiliation(person_id=anna, organisation_id=keep, function=""),
        Affiliation(person_id=anna, organisation_id=gone, function="Leitung", is_primary=True),
        Affiliation(person_id=bert, organisation_id=gone),
        # the two cooperate (dropped), both cooperate with third (joined), gone -> fourth
        Relation(source_id=min(keep, gone), target_id=max(keep, gone), type_id=coop),
        Relation(source_id=min(keep, third), target_id=max(keep, third), type_id=coop),
        Relation(source_id=min(gone, third), target_id=max(gone, third), type_id=coop),
        Relation(source_id=fourth, target_id=gone, type_id=member, type_directed=True),
        # the same Verbund twice, another one only for gone
        VerbundMember(verbund_id=verbund, organisation_id=keep, role="Partner"),
        VerbundMember(verbund_id=verbund, organisation_id=gone, role="Partner", note="alt"),
        VerbundMember(verbund_id=verbund2, organisation_id=gone, role="Koordination"),
        Invitation(event_id=event_id, person_id=bert, organisation_id=gone),
        Activity(happened_on=date(2026, 1, 5), organisation_id=gone, subject="Gespräch"),
        AppSetting(key=OWN_ORGANISATION, value=json.dumps(gone)),
    )
    [other_event] = _add(services, Event(title="Netzwerktreffen", starts_at=start, ends_at=start))
    with services.uow() as uow:
        uow.session.get(Verbund, verbund2).coordinator_id = gone
        uow.session.execute(
            event_organiser.insert(),
            [
                {"event_id": event_id, "organisation_id": gone},
                {"event_id": other_event, "organisation_id": gone},
                {"event_id": other_event, "organisation_id": keep},
            ],
        )
        uow.commit()

    preview = services.merge.preview_organisations(keep, gone)
    assert preview.side(gone).links["affiliations"] == 2
    assert preview.side(gone).links["relations"] == 3
    assert "2 Zuordnungen, 3 Beziehungen" in preview.summary(keep)
    choices = preview.default_choices(keep)
    assert choices["website"] == "other"  # the survivor's is blank
    choices["name"] = "other"

    result = services.merge.merge_organisations(keep, gone, choices, preview.versions)

    assert result.dropped["relations"] == 1
    assert services.organisations.usage(keep) == (2, 2)
    with services.uow() as uow:
        s = uow.session
        assert s.get(Organisation, gone) is None
        org = s.get(Organisation, keep)
        assert (org.name, org.phone, org.website) == (
            "Bildungswerk Elbe",
            "+49 391 111111",
            "https://bildungswerk.example",
        )
        assert [t.name for t in org.tags] == ["IT", "Pflege"]
        [a_anna] = s.scalars(select(Affiliation).where(Affiliation.person_id == anna)).all()
        assert (a_anna.organisation_id, a_anna.is_primary, a_anna.function) == (
            keep,
            True,
            "Leitung",
        )
        rels = s.scalars(select(Relation)).all()
        assert all(r.source_id != r.target_id for r in rels)
        assert sorted((r.source_id, r.target_id, r.type_id) for r in rels) == sorted(
            [
                (min(keep, third), max(keep, third), coop),
                (fourth, keep, member),
            ]
        )
        members = s.scalars(select(VerbundMember).where(VerbundMember.organisation_id == keep))
        assert sorted(m.verbund_id for m in members) == [verbund, verbund2]
        assert s.get(Verbund, verbund2).coordinator_id == keep
        organisers = s.execute(select(event_organiser)).all()
        assert sorted(organisers) == sorted([(event_id, keep), (other_event, keep)])
        assert s.scalar(select(Invitation.organisation_id)) == keep
        assert s.scalar(select(Activity.organisation_id)) == keep
        assert json.loads(s.get(AppSetting, OWN_ORGANISATION).value) == keep


def test_merge_people_moves_everything(services, event_id):
    org = _org(services, "Handwerk Nord")
    org2 = _org(services, "Handwerk Süd")
    keep = _person(services, "Testfrau", "Anna", email="anna@example.org", tags=["A"])
    gone = _person(services, "Testfrau", "A.", phone="0391 222222", notes="alt", tags=["B"])
    start = datetime(2026, 5, 4, 9, 0)
    purpose_id = services.consents.purposes()[0].id
    with services.uow() as uow:
        s = uow.session
        talk = EventSession(event_id=event_id, title="Impuls", starts_at=start, ends_at=start)
        other_event = Event(title="Netzwerktreffen", starts_at=start, ends_at=start)
        lst = DistributionList(name="Newsletter Pflege")
        s.add_all([talk, other_event, lst])
        s.flush()
        inv_keep = Invitation(event_id=event_id, person_id=keep, status="eingeladen")
        inv_gone = Invitation(event_id=event_id, person_id=gone, status="zugesagt")
        inv_other = Invitation(event_id=other_event.id, person_id=gone, status="vorgemerkt")
        vb = Verbund(name="Verbund A")
        s.add_all([inv_keep, inv_gone, inv_other, vb])
        s.flush()
        s.add_all(
            [
                Affiliation(person_id=keep, organisation_id=org, is_primary=True),
                Affiliation(person_id=gone, organisation_id=org, function="Leitung"),
                Affiliation(person_id=gone, organisation_id=org2, is_primary=True),
                InvitationChange(invitation_id=inv_gone.id, status="zugesagt"),
                SessionAttendee(session_id=talk.id, invitation_id=inv_keep.id),
                SessionPerson(session_id=talk.id, person_id=gone),
                Activity(happened_on=date(2026, 2, 1), person_id=gone, subject="Telefonat"),
                ConsentEvent(
                    person_id=gone,
                    purpose_id=purpose_id,
                    status="widerrufen",
                    effective_on=date(2026, 1, 2),
                ),
                VerbundBoardSeat(verbund_id=vb.id, person_id=gone),
            ]
        )
        s.execute(distribution_member.insert().values(list_id=lst.id, person_id=gone))
        g = s.get(Person, gone)
        g.restricted = True
        g.objected_on = date(2025, 12, 1)
        g.informed_on = date(2025, 6, 1)
        s.get(Person, keep).informed_on = date(2025, 9, 1)
        uow.commit()
        talk_id, list_id, inv_gone_id = talk.id, lst.id, inv_gone.id

    preview = services.merge.preview_people(keep, gone)
    assert {f.name for f in preview.fields if not f.choosable} >= {"tags", "objected_on"}
    choices = preview.default_choices(keep)
    assert choices["phone"] == "other" and choices["notes"] == "other"
    result = services.merge.merge_people(keep, gone, choices, preview.versions)
    assert result.joined["invitations"] == 1 and result.moved["consents"] == 1

    with services.uow() as uow:
        s = uow.session
        assert s.get(Person, gone) is None
        p = s.get(Person, keep)
        assert (p.phone, p.email, p.notes) == ("+49 391 222222", "anna@example.org", "alt")
        assert [t.name for t in p.tags] == ["A", "B"]
        # the stricter state wins: restriction and objection stay, informed earliest
        assert (p.restricted, p.objected_on, p.informed_on) == (
            True,
            date(2025, 12, 1),
            date(2025, 6, 1),
        )
        affs = s.scalars(select(Affiliation).where(Affiliation.person_id == keep)).all()
        assert sorted((a.organisation_id, a.is_primary) for a in affs) == [
            (org, True),
            (org2, False),
        ]
        assert next(a.function for a in affs if a.organisation_id == org) == "Leitung"
        invs = s.scalars(select(Invitation).where(Invitation.person_id == keep)).all()
        assert len(invs) == 2
        first = next(i for i in invs if i.event_id == event_id)
        assert (first.id, first.status) == (inv_gone_id, "zugesagt")  # further status stays
        assert s.scalar(select(InvitationChange.invitation_id)) == inv_gone_id
        assert s.scalar(select(SessionAttendee.invitation_id)) == inv_gone_id
        assert (
            s.scalar(select(SessionPerson.person_id).where(SessionPerson.session_id == talk_id))
            == keep
        )
        assert s.scalar(select(Activity.person_id)) == keep
        assert s.scalar(select(ConsentEvent.person_id)) == keep
        assert s.execute(
            select(distribution_member.c.list_id, distribution_member.c.person_id)
        ).all() == [(list_id, keep)]
        assert s.scalar(select(VerbundBoardSeat.person_id)) == keep


def test_merge_is_in_the_audit_log(services):
    keep = _org(services, "Bildungswerk Elbe")
    gone = _org(services, "Bildungswerk Elbe eV", city="Elbstadt")
    bert = _person(services, "Beispiel", "Bert")
    _add(services, Affiliation(person_id=bert, organisation_id=gone))
    services.merge.merge_organisations(keep, gone, {})
    with services.uow() as uow:
        entries = [
            (e.row_id, e.action, e.changes)
            for e in uow.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.table_name == "organisation")
                .order_by(AuditEntry.id)
            )
        ]
    merged = [c for row, _action, c in entries if row == keep and "merged_with" in c]
    assert len(merged) == 1
    changes = json.loads(merged[0])
    assert changes["merged_with"][1] == f"Bildungswerk Elbe eV (Elbstadt) (Nr. {gone})"
    assert changes["merged_moved"][1] == "1 Zuordnung wird übernommen."
    assert [action for row, action, _c in entries if row == gone][-1] == "gelöscht"
    rows = services.audit.for_record("organisation", keep)
    labels = {c.field: c.new for r in rows for c in r.changes}
    assert labels["Zusammengeführt mit"].startswith("Bildungswerk Elbe eV")
    assert labels["Übernommen"] == "1 Zuordnung wird übernommen."


def test_stale_version_is_a_conflict_and_changes_nothing(services, engine):
    keep = _person(services, "Testfrau", "Anna")
    gone = _person(services, "Testfrau", "Anne")
    _add(services, Activity(happened_on=date(2026, 1, 5), person_id=gone, subject="x"))
    preview = services.merge.preview_people(keep, gone)
    other_user = Services.create(UnitOfWorkFactory(engine))
    data = other_user.people.get(gone).data
    data.phone = "0391 333333"
    other_user.people.update(gone, data, preview.side(gone).version)
    with pytest.raises(StaleEdit):
        services.merge.merge_people(keep, gone, {}, preview.versions)
    assert services.people.get(gone).data.phone == "+49 391 333333"
    assert _count(services, select(Activity.id).where(Activity.person_id == gone)) == 1


def test_merging_a_record_with_itself_is_refused(services):
    keep = _org(services, "Kammer Nord")
    with pytest.raises(ValidationError):
        services.merge.merge_organisations(keep, keep, {})
    with pytest.raises(ValidationError):
        services.merge.merge_organisations(keep, keep + 1000, {"nonsense": "other"})


def test_consent_history_stays_complete(services):
    keep = _person(services, "Testfrau", "Anna")
    gone = _person(services, "Testfrau", "Anna")
    with services.uow() as uow:
        purpose = uow.session.scalars(select(ConsentPurpose)).first()
        for pid, status, day in (
            (keep, "erteilt", 1),
            (gone, "erteilt", 2),
            (gone, "widerrufen", 3),
        ):
            uow.session.add(
                ConsentEvent(
                    person_id=pid,
                    purpose_id=purpose.id,
                    status=status,
                    effective_on=date(2026, 1, day),
                )
            )
        uow.commit()
    services.merge.merge_people(keep, gone, {})
    with services.uow() as uow:
        statuses = uow.session.scalars(
            select(ConsentEvent.status)
            .where(ConsentEvent.person_id == keep)
            .order_by(ConsentEvent.effective_on)
        ).all()
    assert statuses == ["erteilt", "erteilt", "widerrufen"]


def test_history_and_erasure_follow_the_merge(services):
    keep = _person(services, "Testfrau", "Anna", email="anna@example.org")
    gone = _person(services, "Testfrau-Alt", "Annegret", email="annegret@example.org")
    mid = _person(services, "Zwischen", "Zora")
    services.merge.merge_people(mid, gone, {})  # a merge of a merge
    services.merge.merge_people(keep, mid, {})
    rows = services.audit.for_record("person", keep)
    created = {(r.row_id, r.action) for r in rows}
    assert {(keep, "angelegt"), (mid, "angelegt"), (gone, "angelegt")} <= created
    services.erasure.anonymise(keep)
    with services.uow() as uow:
        texts = [
            f"{label} {changes}"
            for label, changes in uow.session.execute(
                select(AuditEntry.record_label, AuditEntry.changes)
            )
        ]
    for name in ("Annegret", "annegret@example.org", "Zora", "Anna"):
        assert not any(name in t for t in texts), name
