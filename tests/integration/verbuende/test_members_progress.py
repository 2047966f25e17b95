"""The parts of a Verbund on a real database: members (single and in bulk), Beirat seats,
milestones and tasks with the overdue flag, and hand-entered key figures. Every rejected
save is checked to have left the database as it was."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.models import VerbundBoardSeat, VerbundFigure, VerbundMember, VerbundTask
from wba_desktop.services.directory.affiliations import AffiliationData
from wba_desktop.services.directory.organisations import OrganisationData
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.verbuende.members import BoardSeatData, MemberData
from wba_desktop.services.verbuende.progress import FigureData, TaskData
from wba_desktop.services.verbuende.records import VerbundData

TODAY = date(2024, 6, 15)
SIGNED = "Kooperationsvereinbarung"


def count(uow_factory, model) -> int:
    with uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def make_org(services):
    types = {t.name: t.id for t in services.reference.organisation_types()}
    regions = {r.name: r.id for r in services.reference.regions()}

    def make(name: str, kind: str = "Unternehmen", district: str | None = None) -> int:
        data = OrganisationData(
            name=name, type_id=types[kind], region_id=regions[district] if district else None
        )
        return services.organisations.create(data, allow_duplicate=True).id

    return make


@pytest.fixture
def make_person(services):
    def make(first: str, last: str, *orgs: int, **kw) -> int:
        pid = services.people.create(
            PersonData(first_name=first, last_name=last, **kw), allow_duplicate=True
        ).id
        for org in orgs:
            services.affiliations.save(AffiliationData(person_id=pid, organisation_id=org))
        return pid

    return make


@pytest.fixture
def vid(services) -> int:
    return services.verbuende.create(VerbundData(name="Weiterbildungsverbund Harz")).id


def member_roles(services, vid: int) -> dict[str, str]:
    return {m.organisation_name: m.data.role for m in services.verbund_members.members(vid)}


# -- members -------------------------------------------------------------------------------
def test_save_member_round_trip_and_update(services, vid, make_org, make_person):
    firm = make_org("Harzer Metall GmbH", district="Harz")
    rkw = make_org("RKW Sachsen-Anhalt", "Weiterbildungsträger")
    anna = make_person("Anna", "Albrecht", firm, email="anna@harzer-metall.de", phone="03941 1234")
    parts = services.verbund_members
    parts.save_member(vid, MemberData(firm, joined_on=date(2024, 1, 1), contact_person_id=anna))
    info = parts.save_member(
        vid,
        MemberData(rkw, "Koordination", commitment=SIGNED, agreement_signed_on=date(2024, 2, 1)),
    )
    members = parts.members(vid)
    assert [m.organisation_name for m in members] == ["RKW Sachsen-Anhalt", "Harzer Metall GmbH"]
    metall = members[1]
    assert (metall.organisation_type, metall.district) == ("Unternehmen", "Harz")
    assert metall.contact_name == "Anna Albrecht"
    assert metall.contact_email == "anna@harzer-metall.de"
    assert metall.contact_phone.startswith("+49 3941")
    assert metall.active_on(date(2024, 1, 1)) and not metall.active_on(date(2023, 12, 31))
    assert info.data.agreement_signed_on == date(2024, 2, 1)
    # update: a weaker commitment drops the signing date
    data = info.data
    data.commitment = "Absichtserklärung"
    updated = parts.save_member(vid, data, info.id)
    assert updated.id == info.id and updated.data.agreement_signed_on is None
    parts.delete_member(info.id)
    assert [m.organisation_name for m in parts.members(vid)] == ["Harzer Metall GmbH"]


def test_member_twice_is_rejected_naming_the_organisation(services, uow_factory, vid, make_org):
    firm = make_org("Harzer Metall GmbH")
    services.verbund_members.save_member(vid, MemberData(firm))
    with pytest.raises(ValidationError) as exc:
        services.verbund_members.save_member(vid, MemberData(firm, "Beirat"))
    assert "„Harzer Metall GmbH“ ist schon Mitglied" in exc.value.errors["organisation_id"]
    assert count(uow_factory, VerbundMember) == 1
    assert member_roles(services, vid) == {"Harzer Metall GmbH": "Mitgliedsunternehmen"}


def test_member_validation_saves_nothing(services, uow_factory, vid, make_org):
    firm = make_org("Harzer Metall GmbH")
    parts = services.verbund_members
    with pytest.raises(ValidationError) as exc:
        parts.save_member(
            vid, MemberData(firm, joined_on=date(2024, 3, 1), left_on=date(2024, 2, 28))
        )
    assert "28.02.2024" in exc.value.errors["left_on"]
    with pytest.raises(ValidationError) as exc:
        parts.save_member(vid, MemberData(firm, commitment=SIGNED))
    assert "Kooperationsvereinbarung" in exc.value.errors["agreement_signed_on"]
    with pytest.raises(ValidationError) as exc:
        parts.save_member(vid, MemberData(None, role="Chef", commitment="Handschlag"))
    assert set(exc.value.errors) == {"organisation_id", "role", "commitment"}
    with pytest.raises(ValidationError, match="Gibt es nicht"):
        parts.save_member(vid, MemberData(999_999))
    with pytest.raises(ValidationError) as exc:
        parts.save_member(vid, MemberData(firm, contact_person_id=999_999))
    assert "contact_person_id" in exc.value.errors
    with pytest.raises(NotFoundError):
        parts.save_member(4711, MemberData(firm))
    assert count(uow_factory, VerbundMember) == 0


def test_add_members_chooses_roles_by_kind_and_skips_existing(services, uow_factory, vid, make_org):
    orgs = {
        "Unternehmen": make_org("Harzer Metall GmbH"),
        "Weiterbildungsträger": make_org("Bildungswerk Harz", "Weiterbildungsträger"),
        "Kommune / Landkreis": make_org("Landkreis Harz", "Kommune / Landkreis"),
        "Verein / Zivilgesellschaft": make_org(
            "Bürgerverein Wernigerode", "Verein / Zivilgesellschaft"
        ),
        "Kammer (IHK)": make_org("IHK Magdeburg", "Kammer (IHK)"),
    }
    parts = services.verbund_members
    parts.save_member(vid, MemberData(orgs["Kammer (IHK)"], "Beirat"))
    added, skipped = parts.add_members(vid, list(orgs.values()) + [orgs["Unternehmen"], 999_999])
    assert (added, skipped) == (4, ["IHK Magdeburg"])
    assert member_roles(services, vid) == {
        "Harzer Metall GmbH": "Mitgliedsunternehmen",
        "Bildungswerk Harz": "Weiterbildungsträger",
        "Landkreis Harz": "Kommune",
        "Bürgerverein Wernigerode": "Zivilgesellschaft",
        "IHK Magdeburg": "Beirat",  # left as it was
    }
    other = services.verbuende.create(VerbundData(name="Pflegeverbund")).id
    jobcenter = make_org("Jobcenter Harz", "Jobcenter")
    assert parts.add_members(other, [jobcenter]) == (1, [])
    assert member_roles(services, other) == {"Jobcenter Harz": "strategischer Partner"}
    assert parts.add_members(other, [orgs["Unternehmen"]], "Beirat", date(2024, 5, 1)) == (1, [])
    newcomer = next(m for m in parts.members(other) if m.organisation_name == "Harzer Metall GmbH")
    assert newcomer.data.role == "Beirat" and newcomer.data.joined_on == date(2024, 5, 1)
    before = count(uow_factory, VerbundMember)
    with pytest.raises(ValidationError) as exc:
        parts.add_members(other, [jobcenter], role="Chef")
    assert "role" in exc.value.errors
    assert count(uow_factory, VerbundMember) == before


def test_add_members_takes_the_primary_current_person_as_contact(
    services, vid, make_org, make_person
):
    firm = make_org("Harzer Metall GmbH")
    elsewhere = make_org("Stadtwerke Wernigerode")
    former = make_person("Frieda", "Früher")
    services.affiliations.save(
        AffiliationData(person_id=former, organisation_id=firm, valid_until=date(2023, 12, 31))
    )
    make_person("Nina", "Nebenbei", elsewhere, firm)  # works here, but primarily elsewhere
    boss = make_person("Paul", "Primus", firm)
    lonely = make_org("Niemand GmbH")
    services.verbund_members.add_members(vid, [firm, lonely])
    contacts = {
        m.organisation_name: m.data.contact_person_id for m in services.verbund_members.members(vid)
    }
    assert contacts == {"Harzer Metall GmbH": boss, "Niemand GmbH": None}


def test_memberships_of_an_organisation(services, vid, make_org):
    firm = make_org("Harzer Metall GmbH")
    other = services.verbuende.create(VerbundData(name="Automotive Verbund")).id
    services.verbund_members.save_member(vid, MemberData(firm))
    services.verbund_members.save_member(other, MemberData(firm, "Beirat"))
    assert services.verbund_members.memberships_of(firm) == [
        (other, "Automotive Verbund", "Beirat"),
        (vid, "Weiterbildungsverbund Harz", "Mitgliedsunternehmen"),
    ]
    assert services.verbund_members.memberships_of(make_org("Solo GmbH")) == []


# -- Beirat --------------------------------------------------------------------------------
def test_board_lists_the_chair_first_with_the_primary_organisation(
    services, vid, make_org, make_person
):
    ihk = make_org("IHK Magdeburg", "Kammer (IHK)")
    dgb = make_org("DGB Sachsen-Anhalt", "Gewerkschaft")
    anna = make_person("Anna", "Albrecht", ihk, dgb)
    bert = make_person("Bert", "Brückner", dgb)
    zoe = make_person("Zoe", "Zander")
    parts = services.verbund_members
    parts.save_board_seat(vid, BoardSeatData(anna, "Mitglied", date(2024, 1, 1)))
    parts.save_board_seat(vid, BoardSeatData(zoe, "Vorsitz"))
    parts.save_board_seat(vid, BoardSeatData(bert, " "))
    board = parts.board(vid)
    assert [(b.person_name, b.data.function) for b in board] == [
        ("Zoe Zander", "Vorsitz"),
        ("Anna Albrecht", "Mitglied"),
        ("Bert Brückner", "Mitglied"),
    ]
    assert [b.organisation_name for b in board] == ["", "IHK Magdeburg", "DGB Sachsen-Anhalt"]


def test_board_seat_validation_saves_nothing(services, uow_factory, vid, make_person):
    anna = make_person("Anna", "Albrecht")
    parts = services.verbund_members
    parts.save_board_seat(vid, BoardSeatData(anna, "Vorsitz"))
    with pytest.raises(ValidationError) as exc:
        parts.save_board_seat(vid, BoardSeatData(anna, "Mitglied"))
    assert "Anna Albrecht sitzt schon im Beirat" in exc.value.errors["person_id"]
    with pytest.raises(ValidationError) as exc:
        parts.save_board_seat(
            vid,
            BoardSeatData(make_person("Bert", "B"), since=date(2024, 2, 1), until=date(2024, 1, 1)),
        )
    assert "until" in exc.value.errors
    with pytest.raises(ValidationError):
        parts.save_board_seat(vid, BoardSeatData(None))
    assert count(uow_factory, VerbundBoardSeat) == 1
    assert parts.board(vid)[0].data.function == "Vorsitz"


# -- tasks ---------------------------------------------------------------------------------
def test_overdue_flag_means_past_due_and_not_done(services, vid):
    day = timedelta(days=1)
    ids = {
        key: services.verbund_progress.save_task(
            vid, TaskData(key, due_on=due, done=done, done_on=due if done else None)
        )
        for key, due, done in (
            ("gestern offen", TODAY - day, False),
            ("heute offen", TODAY, False),
            ("gestern erledigt", TODAY - day, True),
            ("ohne Termin", None, False),
        )
    }
    tasks = services.verbund_progress.tasks(vid, today=TODAY)
    assert {t.data.title: t.overdue for t in tasks} == {
        "gestern offen": True,
        "heute offen": False,
        "gestern erledigt": False,
        "ohne Termin": False,
    }
    assert [t.id for t in tasks] == [
        ids["gestern offen"],
        ids["heute offen"],
        ids["ohne Termin"],
        ids["gestern erledigt"],
    ]


def test_overdue_tasks_across_verbuende(services, vid, make_person):
    other = services.verbuende.create(VerbundData(name="Automotive Verbund")).id
    anna = make_person("Anna", "Albrecht")
    services.verbund_progress.save_task(
        vid, TaskData("Beirat einladen", due_on=date(2024, 6, 1), responsible_id=anna)
    )
    services.verbund_progress.save_task(
        other, TaskData("Förderantrag", "Meilenstein", due_on=date(2024, 5, 1))
    )
    services.verbund_progress.save_task(
        other, TaskData("Bericht", due_on=date(2024, 4, 1), done=True)
    )
    services.verbund_progress.save_task(other, TaskData("Kick-off", due_on=date(2024, 7, 1)))
    late = services.verbund_progress.overdue_tasks(today=TODAY)
    assert [(t.data.title, t.verbund_name) for t in late] == [
        ("Förderantrag", "Automotive Verbund"),
        ("Beirat einladen", "Weiterbildungsverbund Harz"),
    ]
    assert late[1].responsible_name == "Anna Albrecht" and all(t.overdue for t in late)
    assert services.verbund_progress.overdue_tasks(today=date(2024, 5, 1)) == []


def test_set_task_done_stamps_and_clears_the_date(services, vid):
    tid = services.verbund_progress.save_task(
        vid, TaskData("Beirat einladen", due_on=date(2024, 6, 1))
    )
    services.verbund_progress.set_task_done(tid, True, today=TODAY)
    task = services.verbund_progress.tasks(vid, today=TODAY)[0]
    assert (task.data.done, task.data.done_on, task.overdue) == (True, TODAY, False)
    assert services.verbund_progress.overdue_tasks(today=TODAY) == []
    services.verbund_progress.set_task_done(tid, False)
    task = services.verbund_progress.tasks(vid, today=TODAY)[0]
    assert (task.data.done, task.data.done_on, task.overdue) == (False, None, True)
    with pytest.raises(NotFoundError):
        services.verbund_progress.set_task_done(4711, True)


def test_task_validation_saves_nothing(services, uow_factory, vid):
    with pytest.raises(ValidationError) as exc:
        services.verbund_progress.save_task(vid, TaskData("  ", kind="Wunsch"))
    assert set(exc.value.errors) == {"title", "kind"}
    with pytest.raises(ValidationError) as exc:
        services.verbund_progress.save_task(vid, TaskData("Bericht", responsible_id=999_999))
    assert "responsible_id" in exc.value.errors
    assert count(uow_factory, VerbundTask) == 0
    tid = services.verbund_progress.save_task(vid, TaskData("Bericht", done=True))
    assert services.verbund_progress.tasks(vid)[0].data.done_on == date.today()
    services.verbund_progress.delete_task(tid)
    assert services.verbund_progress.tasks(vid) == []


# -- key figures ---------------------------------------------------------------------------
H1 = (date(2024, 1, 1), date(2024, 6, 30))  # first half of 2024


def test_save_figure_round_trip_and_update(services, vid):
    h2 = services.verbund_progress.save_figure(
        vid, FigureData(date(2024, 7, 1), date(2024, 12, 31), 9)
    )
    h1 = services.verbund_progress.save_figure(
        vid, FigureData(*H1, companies_reached=12, kmu_reached=10)
    )
    assert [f.id for f in services.verbund_progress.figures(vid)] == [h1, h2]
    data = services.verbund_progress.figures(vid)[0].data
    assert (data.companies_reached, data.kmu_reached) == (12, 10)
    data.advice_sessions = 30
    assert (
        services.verbund_progress.save_figure(vid, data, h1) == h1
    )  # same period, same record: no clash
    assert services.verbund_progress.figures(vid)[0].data.advice_sessions == 30
    services.verbund_progress.delete_figure(h2)
    assert [f.id for f in services.verbund_progress.figures(vid)] == [h1]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (FigureData(date(2024, 6, 30), date(2024, 1, 1)), "period_end"),
        (FigureData(None, date(2024, 1, 1)), "period_start"),
        (FigureData(*H1, advice_sessions=-1), "advice_sessions"),
        (FigureData(*H1, course_participants=-3), "course_participants"),
        (FigureData(*H1, companies_reached=4, kmu_reached=5), "kmu_reached"),
    ],
)
def test_figure_validation_saves_nothing(services, uow_factory, vid, data, field):
    with pytest.raises(ValidationError) as exc:
        services.verbund_progress.save_figure(vid, data)
    assert field in exc.value.errors
    assert count(uow_factory, VerbundFigure) == 0


def test_same_period_twice_is_rejected(services, uow_factory, vid):
    services.verbund_progress.save_figure(vid, FigureData(*H1, companies_reached=3))
    with pytest.raises(ValidationError) as exc:
        services.verbund_progress.save_figure(vid, FigureData(date(2024, 1, 1), date(2024, 3, 31)))
    assert "01.01.2024" in exc.value.errors["period_start"]
    assert count(uow_factory, VerbundFigure) == 1
    assert services.verbund_progress.figures(vid)[0].data.period_end == date(2024, 6, 30)
    other = services.verbuende.create(VerbundData(name="Automotive Verbund")).id
    services.verbund_progress.save_figure(
        other, FigureData(*H1)
    )  # the same period in another Verbund: fine
    assert count(uow_factory, VerbundFigure) == 2


# -- known gaps (see the reasons) -----------------------------------------------------------
@pytest.mark.parametrize("field", ["role", "commitment", "kind"])
def test_blank_choices_are_rejected(services, uow_factory, vid, make_org, field):
    with pytest.raises(ValidationError) as exc:
        if field == "kind":
            services.verbund_progress.save_task(vid, TaskData("Bericht", kind=""))
        else:
            services.verbund_members.save_member(vid, MemberData(make_org("F"), **{field: ""}))
    assert field in exc.value.errors
    assert count(uow_factory, VerbundMember) == 0 and count(uow_factory, VerbundTask) == 0


def test_affiliation_ending_in_the_future_is_current(services, vid, make_org, make_person):
    firm = make_org("Harzer Metall GmbH")
    paul = make_person("Paul", "Primus")
    until = date.today() + timedelta(days=365)
    services.affiliations.save(AffiliationData(paul, firm, valid_until=until))
    services.verbund_members.add_members(vid, [firm])
    assert services.verbund_members.members(vid)[0].data.contact_person_id == paul
    services.verbund_members.save_board_seat(vid, BoardSeatData(paul))
    assert services.verbund_members.board(vid)[0].organisation_name == "Harzer Metall GmbH"


def test_overlong_task_title_and_board_function_are_rejected(services, uow_factory, vid):
    anna = services.people.create(PersonData(last_name="Albrecht")).id
    with pytest.raises(ValidationError):
        services.verbund_progress.save_task(vid, TaskData("x" * 201))
    with pytest.raises(ValidationError):
        services.verbund_members.save_board_seat(vid, BoardSeatData(anna, "x" * 81))
    assert count(uow_factory, VerbundTask) == 0 and count(uow_factory, VerbundBoardSeat) == 0
