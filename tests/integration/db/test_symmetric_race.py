"""The same symmetric relation saved from both sides at once is stored once.

Revision 0004 stores a symmetric pair smaller id first under a unique rule, so the
database refuses the reversed twin that the service's own check cannot see yet (the
other save is not committed). The loser hears it in German: a ConflictError ("gerade
denselben Eintrag gespeichert") when the database caught it, a ValidationError
("besteht … schon") when the service's check already saw the winner.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, func, insert, select

from wba_desktop.errors import ConflictError, ValidationError
from wba_desktop.models import Organisation, Relation
from wba_desktop.services.directory.relations import RelationData

PAIRS = 200


def _symmetric_type(services) -> int:
    return next(t.id for t in services.reference.relation_types() if not t.directed)


def _organisations(uow_factory, services, n: int) -> list[int]:
    kind = services.reference.organisation_types()[0].id
    with uow_factory() as uow:  # a Core bulk insert: the setup, not what is tested
        uow.session.execute(
            insert(Organisation),
            [{"name": f"Partner {i:03d}", "type_id": kind} for i in range(n)],
        )
        uow.commit()
        return list(uow.session.scalars(select(Organisation.id).order_by(Organisation.id)))


def _stored_pairs(uow_factory, type_id: int) -> list[tuple[int, int]]:
    with uow_factory() as uow:
        rows = uow.session.execute(
            select(Relation.source_id, Relation.target_id).where(Relation.type_id == type_id)
        )
        return [tuple(r) for r in rows]


def test_the_reversed_twin_saved_during_a_save_is_refused_in_german(services, uow_factory):
    """Deterministic: the other side commits just after this save checked for twins."""
    sym = _symmetric_type(services)
    a, b = _organisations(uow_factory, services, 2)
    engine = uow_factory.engine
    fired = []

    def other_side_saves(_conn, _cursor, statement, *_args) -> None:
        if not fired and statement.lstrip().upper().startswith("INSERT INTO RELATION"):
            fired.append(True)
            with engine.begin() as other:
                other.execute(
                    insert(Relation).values(
                        source_id=min(a, b), target_id=max(a, b), type_id=sym,
                        type_directed=False, strength=2, note="",
                    )
                )  # fmt: skip

    event.listen(engine, "before_cursor_execute", other_side_saves)
    try:
        with pytest.raises(ConflictError, match="gerade denselben Eintrag gespeichert"):
            services.relations.save(RelationData(source_id=b, target_id=a, type_id=sym))
    finally:
        event.remove(engine, "before_cursor_execute", other_side_saves)
    assert fired
    assert _stored_pairs(uow_factory, sym) == [(min(a, b), max(a, b))]


def test_200_pairs_saved_from_both_sides_at_once_are_stored_once(services, uow_factory):
    sym = _symmetric_type(services)
    ids = _organisations(uow_factory, services, 2 * PAIRS)
    pairs = [(ids[2 * i], ids[2 * i + 1]) for i in range(PAIRS)]
    barrier = threading.Barrier(2, timeout=30)
    outcomes: dict[str, list[str]] = {"saved": [], "conflict": [], "validation": [], "raw": []}
    lock = threading.Lock()

    def side(reverse: bool) -> None:
        for a, b in pairs:
            source, target = (b, a) if reverse else (a, b)
            barrier.wait()  # both sides start the same pair together
            try:
                services.relations.save(
                    RelationData(source_id=source, target_id=target, type_id=sym)
                )
                kind, text = "saved", ""
            except ConflictError as exc:
                kind, text = "conflict", str(exc)
            except ValidationError as exc:
                kind, text = "validation", str(exc)
            except Exception as exc:  # noqa: BLE001 - what must never happen is counted
                kind, text = "raw", repr(exc)
            with lock:
                outcomes[kind].append(text)

    threads = [threading.Thread(target=side, args=(rev,)) for rev in (False, True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    stored = _stored_pairs(uow_factory, sym)
    print(
        f"\n{uow_factory.engine.dialect.name}: {len(outcomes['saved'])} saved, "
        f"{len(outcomes['conflict'])} refused by the database, "
        f"{len(outcomes['validation'])} by the service's check"
    )
    assert outcomes["raw"] == []
    assert len(stored) == PAIRS == len(set(stored))  # 0 duplicates, none lost
    assert all(s < t for s, t in stored)
    assert len(outcomes["saved"]) == PAIRS
    assert len(outcomes["conflict"]) + len(outcomes["validation"]) == PAIRS
    assert all("gerade denselben Eintrag" in m for m in outcomes["conflict"])
    assert all(
        "besteht zwischen diesen beiden Organisationen schon" in m for m in outcomes["validation"]
    )
    with uow_factory() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Relation)) == PAIRS
