"""Who the directory shows: one place for the rule that keeps people out of its lists.

A private inquirer of the Lotsen desk („Ratsuchende/r“, ``Person.inquirer``) is held
for the inquiry alone (data minimisation): never in the person lists and their counts,
the search, Verteiler, exports, invitations, the duplicate finder or the network. An
anonymised person (Art. 17) is kept for statistics only and is in no list either.
The data-protection tools (access report, erasure, review) still find both kinds.
"""

from __future__ import annotations

from sqlalchemy import and_

from wba_desktop.i18n import N_
from wba_desktop.models import Person

#: the name of a private inquirer, as lists and pickers mark one (German; read with ``_``)
INQUIRER_LABEL = N_("Ratsuchende/r")


def not_inquirer():
    """SQL condition: the person is no private inquirer."""
    return Person.inquirer.is_(False)


def listed_people():
    """SQL condition: the person may appear in a directory list (not anonymised, no
    private inquirer)."""
    return and_(Person.anonymised_on.is_(None), not_inquirer())
