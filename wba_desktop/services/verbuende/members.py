"""Members of a Verbund (role, commitment, contact person) and its Beirat seats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wba_desktop.db import UnitOfWorkFactory
from wba_desktop.errors import NotFoundError, ValidationError
from wba_desktop.i18n import _
from wba_desktop.models import (
    Affiliation,
    Organisation,
    Person,
    Verbund,
    VerbundBoardSeat,
    VerbundMember,
)
from wba_desktop.services import validation as v
from wba_desktop.services.directory.affiliations import current_affiliation
from wba_desktop.services.directory.people import person_name
from wba_desktop.services.verbuende.verbund_rules import get_verbund
from wba_desktop.text.fold import sort_key
from wba_desktop.vocab import COMMITMENTS, MEMBER_ROLES

__all__ = [
    "BoardSeatData",
    "BoardSeatInfo",
    "MemberData",
    "MemberInfo",
    "VerbundMemberService",
    "person_name",
    "role_for_kind",
]


# -- members ---------------------------------------------------------------------------
_ROLE_BY_KIND = {
    "Unternehmen": "Mitgliedsunternehmen",
    "Weiterbildungsträger": "Weiterbildungsträger",
    "Kommune / Landkreis": "Kommune",
    "Verein / Zivilgesellschaft": "Zivilgesellschaft",
}


def role_for_kind(type_name: str) -> str:
    """The member role that usually fits a kind of organisation."""
    return _ROLE_BY_KIND.get(type_name, "strategischer Partner")


@dataclass
class MemberData:
    organisation_id: int | None
    role: str = "Mitgliedsunternehmen"
    joined_on: date | None = None
    left_on: date | None = None
    commitment: str = "keine"
    agreement_signed_on: date | None = None
    contact_person_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class MemberInfo:
    id: int
    verbund_id: int
    data: MemberData
    organisation_name: str
    organisation_type: str
    district: str
    contact_name: str
    contact_email: str
    contact_phone: str

    def active_on(self, day: date) -> bool:
        d = self.data
        return (d.joined_on is None or d.joined_on <= day) and (
            d.left_on is None or d.left_on > day
        )


# -- board, tasks, figures ---------------------------------------------------------------
@dataclass
class BoardSeatData:
    person_id: int | None
    function: str = "Mitglied"
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class BoardSeatInfo:
    id: int
    data: BoardSeatData
    person_name: str
    organisation_name: str


def _primary_org_names(s, person_ids: list[int]) -> dict[int, str]:
    if not person_ids:
        return {}
    rows = s.execute(
        select(Affiliation.person_id, Organisation.name, Affiliation.is_primary)
        .join(Organisation, Organisation.id == Affiliation.organisation_id)
        .where(Affiliation.person_id.in_(person_ids), current_affiliation(date.today()))
    ).all()
    out: dict[int, str] = {}
    for pid, name, _primary in sorted(rows, key=lambda r: not r[2]):
        out.setdefault(pid, name)
    return out


class VerbundMemberService:
    """Members and Beirat of the Verbünde."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    # -- members -----------------------------------------------------------------------
    def members(self, verbund_id: int) -> list[MemberInfo]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(VerbundMember).where(VerbundMember.verbund_id == verbund_id)
            ).all()
            infos = [self._member_info(m) for m in rows]
        order = {r: i for i, r in enumerate(MEMBER_ROLES)}
        return sorted(
            infos, key=lambda m: (order.get(m.data.role, 99), sort_key(m.organisation_name))
        )

    @staticmethod
    def _member_info(m: VerbundMember) -> MemberInfo:
        org = m.organisation
        cp = m.contact_person
        return MemberInfo(
            id=m.id,
            verbund_id=m.verbund_id,
            data=MemberData(
                organisation_id=m.organisation_id,
                role=m.role,
                joined_on=m.joined_on,
                left_on=m.left_on,
                commitment=m.commitment,
                agreement_signed_on=m.agreement_signed_on,
                contact_person_id=m.contact_person_id,
                note=m.note,
            ),
            organisation_name=org.name,
            organisation_type=org.type.name if org.type else "",
            district=org.region.name if org.region else "",
            contact_name=person_name(cp),
            contact_email=cp.email if cp else "",
            contact_phone=(cp.phone or cp.mobile) if cp else "",
        )

    @staticmethod
    def _validate_member(data: MemberData) -> None:
        c = v.Collector()
        if data.organisation_id is None:
            c.add("organisation_id", _("Organisation: Bitte eine Organisation wählen."))
        v.check_choice(c, "role", _("Rolle"), data.role, MEMBER_ROLES, required=True)
        v.check_choice(
            c, "commitment", _("Verbindlichkeit"), data.commitment, COMMITMENTS, required=True
        )
        if data.joined_on and data.left_on and data.left_on < data.joined_on:
            c.add(
                "left_on",
                _(
                    "Ausgetreten: Der Austritt ({left_on:%d.%m.%Y}) liegt vor dem Beitritt "
                    "({joined_on:%d.%m.%Y})."
                ).format(left_on=data.left_on, joined_on=data.joined_on),
            )
        if data.commitment == "Kooperationsvereinbarung" and data.agreement_signed_on is None:
            c.add(
                "agreement_signed_on",
                _("Unterzeichnet am: Bitte das Datum der Kooperationsvereinbarung eintragen."),
            )
        if data.commitment != "Kooperationsvereinbarung":
            data.agreement_signed_on = None
        data.note = v.clean_text(data.note)
        v.check_texts(c, data, VerbundMember)
        c.raise_if_any()

    def save_member(
        self, verbund_id: int, data: MemberData, member_id: int | None = None
    ) -> MemberInfo:
        self._validate_member(data)
        with self._uow() as uow:
            s = uow.session
            get_verbund(s, verbund_id)
            org = s.get(Organisation, data.organisation_id)
            if org is None:
                raise ValidationError({"organisation_id": _("Organisation: Gibt es nicht (mehr).")})
            clash = s.scalar(
                select(VerbundMember.id).where(
                    VerbundMember.verbund_id == verbund_id,
                    VerbundMember.organisation_id == data.organisation_id,
                    VerbundMember.id != (member_id or 0),
                )
            )
            if clash:
                raise ValidationError(
                    {
                        "organisation_id": _("Organisation: „{name}“ ist schon Mitglied.").format(
                            name=org.name
                        )
                    }
                )
            if data.contact_person_id is not None and s.get(Person, data.contact_person_id) is None:
                raise ValidationError({"contact_person_id": _("Ansprechperson: Gibt es nicht.")})
            if member_id is None:
                m = VerbundMember(verbund_id=verbund_id)
                s.add(m)
            else:
                m = s.get(VerbundMember, member_id)
                if m is None or m.verbund_id != verbund_id:
                    raise NotFoundError(_("Die Mitgliedschaft wurde inzwischen gelöscht."))
            for attr in (
                "organisation_id",
                "role",
                "joined_on",
                "left_on",
                "commitment",
                "agreement_signed_on",
                "contact_person_id",
                "note",
            ):
                setattr(m, attr, getattr(data, attr))
            uow.commit()
            s.refresh(m)
            return self._member_info(m)

    def add_members(
        self,
        verbund_id: int,
        organisation_ids: list[int],
        role: str | None = None,
        joined_on: date | None = None,
    ) -> tuple[int, list[str]]:
        """Add several organisations at once (from a selection or the network graph).

        Returns (added, names of those already in the Verbund, which are skipped).
        Without ``role`` each gets the role that fits its kind (see ``role_for_kind``).
        The contact person is the organisation's primary current person, if any."""
        if role is not None and role not in MEMBER_ROLES:
            raise ValidationError(
                {"role": _("Rolle: „{role}“ ist keine zulässige Auswahl.").format(role=role)}
            )
        with self._uow() as uow:
            s = uow.session
            get_verbund(s, verbund_id)
            existing = set(
                s.scalars(
                    select(VerbundMember.organisation_id).where(
                        VerbundMember.verbund_id == verbund_id
                    )
                )
            )
            skipped: list[str] = []
            added = 0
            for org_id in dict.fromkeys(organisation_ids):
                org = s.get(Organisation, org_id)
                if org is None:
                    continue
                if org_id in existing:
                    skipped.append(org.name)
                    continue
                contact = s.scalar(
                    select(Affiliation.person_id)
                    .where(
                        Affiliation.organisation_id == org_id,
                        current_affiliation(date.today()),
                    )
                    .order_by(Affiliation.is_primary.desc(), Affiliation.id)
                    .limit(1)
                )
                s.add(
                    VerbundMember(
                        verbund_id=verbund_id,
                        organisation_id=org_id,
                        role=role or role_for_kind(org.type.name if org.type else ""),
                        joined_on=joined_on,
                        commitment="keine",
                        contact_person_id=contact,
                    )
                )
                added += 1
            uow.commit()
        return added, sorted(skipped, key=sort_key)

    def delete_member(self, member_id: int) -> None:
        with self._uow() as uow:
            m = uow.session.get(VerbundMember, member_id)
            if m is not None:
                uow.session.delete(m)
                uow.commit()

    def memberships_of(self, organisation_id: int) -> list[tuple[int, str, str]]:
        """(verbund id, Verbund name, role) for an organisation."""
        with self._uow() as uow:
            rows = uow.session.execute(
                select(Verbund.id, Verbund.name, VerbundMember.role)
                .join(VerbundMember, VerbundMember.verbund_id == Verbund.id)
                .where(VerbundMember.organisation_id == organisation_id)
            ).all()
        return sorted(((i, n, r) for i, n, r in rows), key=lambda t: sort_key(t[1]))

    # -- Beirat ------------------------------------------------------------------------
    def board(self, verbund_id: int) -> list[BoardSeatInfo]:
        with self._uow() as uow:
            s = uow.session
            seats = s.scalars(
                select(VerbundBoardSeat).where(VerbundBoardSeat.verbund_id == verbund_id)
            ).all()
            orgs = _primary_org_names(s, [b.person_id for b in seats])
            infos = [
                BoardSeatInfo(
                    b.id,
                    BoardSeatData(b.person_id, b.function, b.since, b.until),
                    person_name(b.person),
                    orgs.get(b.person_id, ""),
                )
                for b in seats
            ]
        return sorted(infos, key=lambda b: (b.data.function != "Vorsitz", sort_key(b.person_name)))

    def save_board_seat(
        self, verbund_id: int, data: BoardSeatData, seat_id: int | None = None
    ) -> None:
        c = v.Collector()
        if data.person_id is None:
            c.add("person_id", _("Person: Bitte eine Person wählen."))
        data.function = v.clean_text(data.function) or "Mitglied"
        v.check_length(c, "function", _("Funktion"), data.function, 80)
        if data.since and data.until and data.until < data.since:
            c.add(
                "until",
                _("Bis: Das Ende ({until:%d.%m.%Y}) liegt vor dem Beginn.").format(
                    until=data.until
                ),
            )
        c.raise_if_any()
        with self._uow() as uow:
            s = uow.session
            get_verbund(s, verbund_id)
            person = s.get(Person, data.person_id)
            if person is None:
                raise ValidationError(
                    {"person_id": _("Person: Diese Person gibt es nicht (mehr).")}
                )
            clash = s.scalar(
                select(VerbundBoardSeat.id).where(
                    VerbundBoardSeat.verbund_id == verbund_id,
                    VerbundBoardSeat.person_id == data.person_id,
                    VerbundBoardSeat.id != (seat_id or 0),
                )
            )
            if clash:
                raise ValidationError(
                    {
                        "person_id": _("Person: {person} sitzt schon im Beirat.").format(
                            person=person_name(person)
                        )
                    }
                )
            seat = VerbundBoardSeat(verbund_id=verbund_id) if seat_id is None else None
            if seat is None:
                seat = s.get(VerbundBoardSeat, seat_id)
                if seat is None:
                    raise NotFoundError(_("Der Beiratssitz wurde inzwischen gelöscht."))
            else:
                s.add(seat)
            seat.person_id = data.person_id
            seat.function = data.function
            seat.since, seat.until = data.since, data.until
            uow.commit()

    def delete_board_seat(self, seat_id: int) -> None:
        with self._uow() as uow:
            seat = uow.session.get(VerbundBoardSeat, seat_id)
            if seat is not None:
                uow.session.delete(seat)
                uow.commit()
