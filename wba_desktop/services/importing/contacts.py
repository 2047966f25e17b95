"""E-mail addresses and phone numbers of an import, cleaned fast (one cleaner per plan).

20,000 rows x several numbers through ``email_validator`` and ``phonenumbers.parse``
would take seconds, so:

* an e-mail of the plain form ``name.surname@firma-x.de`` is accepted by a strict
  pattern (``email_validator`` would return it with the domain lower-cased); anything
  else goes through ``validation.clean_email``;
* a German number written ``0340 502200``, ``0340/502200`` or ``+49 340 502200`` is
  built directly as ``PhoneNumber(49, ...)`` (what ``phonenumbers.parse`` returns for
  it), checked and formatted; anything else, and every invalid number, goes through
  ``validation.clean_phone``. Results are cached per text.

``tests/integration/importing/test_import.py`` compares both ways on many values.
"""

from __future__ import annotations

import re
from itertools import accumulate

from wba_desktop.exchange.cells import normalise_salutation
from wba_desktop.services import validation as v

_PLAIN_EMAIL = re.compile(
    r"^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63}))$"
)
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})
_PLAIN_PHONE = re.compile(r"^(?:0|\+49 ?)([1-9][0-9]*(?:[ /-][0-9]+)*)$")


class FieldCleaner:
    """E-mail and phone cleaning with fast paths and a cache (one per plan)."""

    def __init__(self) -> None:
        self._phones: dict[tuple[str, str], tuple[str, str | None]] = {}
        self._salutations: dict[str, tuple[str, str, bool]] = {}

    @staticmethod
    def email(value: str) -> tuple[str, str | None]:
        """(normalised address, German error or None)."""
        value = value.strip()
        if not value:
            return "", None
        m = _PLAIN_EMAIL.match(value)
        if m and len(value) <= 254 and value.index("@") <= 64 and m[2].lower() not in _SPECIAL_TLDS:
            at = value.index("@")
            return value[:at] + "@" + m[1].lower(), None
        c = v.Collector()
        cleaned = v.clean_email(c, "email", value)
        return cleaned, c.errors.get("email")

    def salutation(self, value: str) -> tuple[str, str, bool]:
        """``normalise_salutation``, once per text (a column holds a handful of them)."""
        hit = self._salutations.get(value)
        if hit is None:
            hit = self._salutations[value] = normalise_salutation(value)
        return hit

    def phone(self, value: str, label: str) -> tuple[str, str | None]:
        """(international format, German error or None)."""
        value = value.strip()
        if not value:
            return "", None
        key = (value, label)
        hit = self._phones.get(key)
        if hit is None:
            hit = self._phones[key] = self._phone(value, label)
        return hit

    def _phone(self, value: str, label: str) -> tuple[str, str | None]:
        m = _PLAIN_PHONE.match(value)
        if m:
            digits = m[1].replace(" ", "").replace("/", "").replace("-", "")
            if len(digits) <= 15:
                key = (digits[: 6 if digits[0] == "1" else 5], len(digits))
                cuts = _LAYOUTS.get(key, _UNKNOWN)
                if cuts is _UNKNOWN:
                    cuts = _layout(key, digits)
                if cuts is not None:
                    return "+49 " + " ".join([digits[a:b] for a, b in cuts]), None
        c = v.Collector()
        cleaned = v.clean_phone(c, "phone", label, value)
        return cleaned, c.errors.get("phone")


#: (prefix, length) of a German national number -> where the international format cuts
#: it into groups, or None when no such number is valid (see ``_layout``). Shared by all
#: imports of the process: libphonenumber's metadata does not change while it runs.
_LAYOUTS: dict[tuple[str, int], tuple[tuple[int, int], ...] | None] = {}
_UNKNOWN = object()


def _layout(key: tuple[str, int], digits: str) -> tuple[tuple[int, int], ...] | None:
    """The groups of the international format of the German national number ``digits``,
    as (start, end) cuts, or None when it is not valid. libphonenumber's German metadata
    decides validity and format by a prefix of at most 6 digits (5 for numbers not
    starting with 1, i.e. not mobile or special services) and the length (every pattern
    is a prefix followed by ``\\d{n,m}``), so one look-up serves all numbers of that
    prefix and length (``key``)."""
    import phonenumbers

    number = phonenumbers.PhoneNumber(country_code=49, national_number=int(digits))
    cuts = None
    if phonenumbers.is_valid_number(number):
        groups = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        groups = groups.split(" ")[1:]
        if "".join(groups) == digits:  # else (never seen for DE) keep the exact path
            ends = list(accumulate(map(len, groups)))
            cuts = tuple(zip([0, *ends[:-1]], ends, strict=True))
    _LAYOUTS[key] = cuts
    return cuts
