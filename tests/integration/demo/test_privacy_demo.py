"""Demo data protection: every consent state occurs, legal bases are mixed, a few people
are restricted, and "Einladungen nur mit Einwilligung" gives non-empty lists."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from wba_desktop.models import ConsentEvent, DistributionList, Event, Person
from wba_desktop.services.events.invitation_sources import REQUIRE_CONSENT_KEY, InvitationSources
from wba_desktop.services.privacy.consent_filter import current_states


def test_consents_in_every_state(services, demo):
    with services.uow() as uow:
        s = uow.session
        ids = list(s.scalars(select(Person.id)))
        states = current_states(s, ids, None, date.today())
        seen = {st.status for per in states.values() for st in per.values()}
        assert seen == {"erteilt", "widerrufen", "abgelaufen"}
        assert len(states) < len(ids)  # and people without any consent
        bases = dict(
            s.execute(select(Person.legal_basis, func.count()).group_by(Person.legal_basis)).all()
        )
        assert set(bases) == {"Einwilligung", "berechtigtes Interesse", "öffentliche Aufgabe",
                              "Vertrag"}  # fmt: skip
        assert s.scalar(select(func.count()).where(Person.restricted.is_(True))) > 0
        sources = set(s.scalars(select(ConsentEvent.source).distinct()))
        assert "Anmeldebogen Netzwerktreffen 2025" in sources
        purpose = s.scalar(
            select(DistributionList.purpose_id).where(
                DistributionList.name == "Einladung Netzwerktreffen Süd"
            )
        )
        assert purpose is not None


def test_invitations_only_with_consent_give_a_sensible_list(services, demo):
    lists = {v.name: v.id for v in services.verteiler.list_all()}
    event_id = _any_event(services)
    sources = InvitationSources(verteiler_ids=(lists["Kammern (IHK und HWK)"],))
    services.settings.set(REQUIRE_CONSENT_KEY, False)
    free = services.invitations.preview(event_id, sources)
    services.settings.set(REQUIRE_CONSENT_KEY, True)
    strict = services.invitations.preview(event_id, sources)
    assert 0 < len(strict.new) < len(free.new)
    assert dict(strict.left_out).get("ohne Einwilligung", 0) > 0


def _any_event(services) -> int:
    with services.uow() as uow:
        return uow.session.scalar(select(Event.id).order_by(Event.starts_at.desc()))
