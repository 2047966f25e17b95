"""Which stored person an imported e-mail address matches (``Lookups.load``): the oldest
with that address, compared without case, never a private inquirer. Names invented."""

from __future__ import annotations

from sqlalchemy import update

from wba_desktop.models import Person
from wba_desktop.services.directory.people import PersonData
from wba_desktop.services.importing.lookup import Lookups


def test_an_address_matches_the_oldest_person_who_is_no_inquirer(services, uow_factory):
    def person(last: str, email: str) -> int:
        data = PersonData(last_name=last, email=email)
        return services.people.create(data, allow_duplicate=True).id

    mixed = person("Beispiel", "Anna.Beispiel@firma.example")  # capitals, the oldest
    person("Beispiel", "anna.beispiel@firma.example")
    asked = person("Ratsuchend", "b.sonne@mail.example")
    older = person("Sonne", "b.sonne@mail.example")
    person("Sonne", "B.Sonne@mail.example")
    alone = person("Fragend", "c.mond@mail.example")
    plain = person("Kräuter", "j.kraeuter@zoellner.example")
    with uow_factory() as uow:
        uow.session.execute(
            update(Person).where(Person.id.in_([asked, alone])).values(inquirer=True)
        )
        uow.commit()
    with uow_factory() as uow:
        emails = Lookups.load(uow.session).emails
    assert emails["anna.beispiel@firma.example"] == mixed
    assert emails["b.sonne@mail.example"] == older  # not the inquirer before it
    assert "c.mond@mail.example" not in emails  # only an inquirer has it
    assert emails["j.kraeuter@zoellner.example"] == plain
    assert not [e for e in emails if e != e.lower()]
