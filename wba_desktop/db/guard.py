"""The last line of defence for text: every flush checks what it is about to write.

The services check each field as the user types it (``services.validation``). A value
that slips past them, from a service that forgot a field or a future one, is stopped
here, before the database sees it, with the same German message:

* every text is normalised (NFC, no bidirectional control characters);
* NUL and lone surrogates are refused;
* a String(n) column holds at most n characters, also on SQLite, which does not check;
* a required name or title (a column without default) made only of invisible
  characters is empty: "Bitte ausfüllen".

Derived columns (search and sort keys, who saved last) are cut to length instead.
Only new objects and the changed attributes of dirty ones are looked at, so a flush
costs little more than before. Core bulk inserts (the demo data) bypass the ORM flush
and are trusted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import ColumnProperty, Mapper, Session, sessionmaker

from wba_desktop.db.labels import DERIVED, label
from wba_desktop.errors import ValidationError
from wba_desktop.i18n import _
from wba_desktop.text.clean import is_blank, normalise, problem, too_long


@dataclass(frozen=True)
class TextColumn:
    key: str  # the mapped attribute
    label: str
    length: int | None
    derived: bool
    required: bool  # no default: empty or invisible-only is refused


_COLUMNS: dict[Mapper, dict[str, TextColumn]] = {}


def text_columns(mapper: Mapper) -> dict[str, TextColumn]:
    """The String/Text columns of ``mapper`` by attribute key (cached per mapper)."""
    found = _COLUMNS.get(mapper)
    if found is None:
        found = {}
        for prop in mapper.column_attrs:
            if not isinstance(prop, ColumnProperty) or len(prop.columns) != 1:
                continue
            col = prop.columns[0]
            if not isinstance(col.type, String) or col.table is None:
                continue
            found[prop.key] = TextColumn(
                key=prop.key,
                label=label(col.table.name, col.name),
                length=col.type.length,
                derived=col.name in DERIVED,
                required=not col.nullable and col.default is None and col.server_default is None,
            )
        _COLUMNS[mapper] = found
    return found


def check_object(obj: object, keys, errors: dict[str, str]) -> None:
    """Normalise and check the attributes ``keys`` of ``obj`` (all when None); add a
    German message per refused attribute to ``errors``."""
    state = inspect(obj)
    _check(state.mapper, state.dict, keys, errors, lambda key, value: setattr(obj, key, value))


def check_values(mapper: Mapper, values: dict, errors: dict[str, str]) -> None:
    """:func:`check_object` for a row about to be inserted past the ORM (the import's
    bulk write): ``values`` (attribute key -> value) is normalised in place. A plain
    ASCII text that fits (the most common case) passes without the full check:
    nothing in it to normalise or refuse, only a required one made of spaces."""
    odd = []
    for key, length, blank_refused in _quick_checks(mapper):
        value = values.get(key)
        if not isinstance(value, str) or not value:
            continue
        if (
            value.isascii()
            and (length is None or len(value) <= length)
            and "\x00" not in value
            and not (blank_refused and value.isspace())
        ):
            continue
        odd.append(key)
    if odd:
        _check(mapper, values, odd, errors, values.__setitem__)


_QUICK: dict[Mapper, tuple[tuple[str, int | None, bool], ...]] = {}


def _quick_checks(mapper: Mapper) -> tuple[tuple[str, int | None, bool], ...]:
    """(key, length, whether spaces alone are refused) of the text columns, per mapper:
    what :func:`check_values` looks at for each of thousands of rows."""
    found = _QUICK.get(mapper)
    if found is None:
        found = tuple(
            (key, col.length, col.required and not col.derived)
            for key, col in text_columns(mapper).items()
        )
        _QUICK[mapper] = found
    return found


def _check(mapper: Mapper, values, keys, errors: dict[str, str], put) -> None:
    columns = text_columns(mapper)
    if not columns:
        return
    for key in columns if keys is None else keys:
        col = columns.get(key)
        value = values.get(key) if col is not None else None
        if not isinstance(value, str) or not value:
            continue
        if col.derived:
            if col.length is not None and len(value) > col.length:
                put(key, value[: col.length])
            continue
        message = problem(col.label, value)
        if message is None:
            fixed = normalise(value)
            if fixed != value:
                put(key, fixed)
            if col.required and is_blank(fixed):
                message = _("{label}: Bitte ausfüllen.").format(label=_(col.label))
            else:
                message = too_long(col.label, fixed, col.length)
        if message is not None:
            errors.setdefault(key, message)


def _before_flush(session: Session, _flush_context, _instances) -> None:
    errors: dict[str, str] = {}
    for obj in session.new:
        check_object(obj, None, errors)
    for obj in session.dirty:
        changed = inspect(obj).committed_state  # the attributes changed since load
        if changed:
            check_object(obj, tuple(changed), errors)
    if errors:
        raise ValidationError(errors)


def install(sessions: sessionmaker) -> None:
    """Check every flush of the sessions ``sessions`` makes."""
    event.listen(sessions, "before_flush", _before_flush)
