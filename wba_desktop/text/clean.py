"""The rules every text a user writes obeys, as pure functions (no database, no errors).

* normalised to Unicode NFC, so that "é" typed on a Mac and "é" pasted from Word are
  the same text for search, sort and duplicate checks;
* bidirectional control characters are removed: the overrides and embeddings
  U+202A–U+202E, the isolates U+2066–U+2069 and the marks U+200E, U+200F and U+061C.
  Names and notes in this app are Latin-script; these characters only serve to make a
  text look different from what it is (e.g. "Rechnung‮fdp.exe");
* NUL and lone surrogates (half of a UTF-16 pair, from broken clipboard data) are
  refused: PostgreSQL cannot store them, and nothing a user meant contains them;
* a text made only of invisible characters (spaces, zero-width space/joiner, word
  joiner, byte order mark, other format characters) counts as empty;
* a column's declared length is a promise on SQLite too, so that the data can always
  move to the team database (PostgreSQL enforces it).

``clean`` normalises; ``problem`` and ``too_long`` say in German what is wrong, for the
services and the database layer to put in their ``ValidationError``.
"""

from __future__ import annotations

import re
import unicodedata

from wba_desktop.i18n import _

#: bidirectional embeddings, overrides, isolates and marks: stripped from every text
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
_SURROGATE = re.compile("[\ud800-\udfff]")

#: letters and symbols that are drawn as nothing (besides whitespace and format
#: characters): combining grapheme joiner, Hangul fillers, braille blank
_BLANK_LOOKING = frozenset("\u034f\u115f\u1160\u3164\uffa0\u2800")


def _invisible(ch: str) -> bool:
    return ch.isspace() or ch in _BLANK_LOOKING or unicodedata.category(ch) == "Cf"


def normalise(value: str) -> str:
    """NFC without bidirectional control characters; nothing else changes (no strip).

    Lone surrogates stay (NFC leaves them alone), so that ``problem`` can name them."""
    if value.isascii():
        return value
    return unicodedata.normalize("NFC", _BIDI.sub("", value))


def is_blank(value: str) -> bool:
    """True when the text shows nothing: empty, or only invisible characters."""
    return all(_invisible(ch) for ch in value)


def clean(value: str | None) -> str:
    """A one-line field as it is stored: normalised, invisible characters at either end
    removed, and "" when nothing visible is left."""
    if not value:
        return ""
    if value.isascii():  # the common case: ASCII's only invisible characters are spaces
        return value.strip()
    value = normalise(value)
    ends = value[:1] + value[-1:]
    if ends.isalnum() and _BLANK_LOOKING.isdisjoint(ends):  # nothing to trim at either end
        return value
    start, end = 0, len(value)
    while start < end and _invisible(value[start]):
        start += 1
    while end > start and _invisible(value[end - 1]):
        end -= 1
    return value[start:end]


def problem(label: str, value: str) -> str | None:
    """The German message for a character no database column may hold, or None."""
    if "\x00" in value:
        return _(
            "{label}: enthält ein unzulässiges Steuerzeichen (Nullzeichen). Bitte den "
            "Text neu eingeben, statt ihn aus dieser Quelle einzufügen."
        ).format(label=_(label))
    if not value.isascii() and _SURROGATE.search(value):
        return _(
            "{label}: enthält ein ungültiges Zeichen (ein halbes Unicode-Zeichen, oft aus "
            "einer beschädigten Zwischenablage). Bitte den Text neu eingeben."
        ).format(label=_(label))
    return None


def thousands(n: int) -> str:
    """10000 -> "10.000" (German digit grouping; only for messages, so Babel's cost at
    the first call does not matter)."""
    from wba_desktop.text import format as fmt

    return fmt.integer(n)


def too_long(label: str, value: str, limit: int | None) -> str | None:
    """„Name: höchstens 200 Zeichen (eingegeben: 10.000).“ when ``value`` exceeds
    ``limit``; None when it fits or the column has no limit."""
    if limit is None or len(value) <= limit:
        return None
    return _("{label}: höchstens {limit} Zeichen (eingegeben: {length}).").format(
        label=_(label), limit=thousands(limit), length=thousands(len(value))
    )


def has_problem(value: str) -> bool:
    """True when :func:`problem` has something to say about ``value`` (cheap: one scan;
    several fields can be tested at once, joined)."""
    return "\x00" in value or (not value.isascii() and _SURROGATE.search(value) is not None)


def check(label: str, value: str, limit: int | None = None) -> str | None:
    """The first German message about ``value`` (a character refused, too long), or None."""
    return problem(label, value) or too_long(label, value, limit)
