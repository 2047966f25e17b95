"""The language of the Qt-free core's messages: gettext catalogs, German as the source.

Every message a user reads from the core (validation, errors, import row errors,
report headings, the vocabulary's labels) is written in German and marked with
:func:`_` (translated where it is used) or :func:`N_` (a module-level constant, only
marked; translate it with :func:`_` where it is shown). German needs no catalog: the
message is its own translation. English comes from ``locale/en/LC_MESSAGES/
wba_desktop.mo``, built from the ``.po`` by ``tools/update-catalog.sh`` (Babel).

The language is process-wide: the GUI sets it once at start from the settings, the CLI
from ``WBA_LANGUAGE``. Documents addressed to outsiders (the Art. 15 access report)
are written German whatever the user's language: :func:`speaking` switches the
language for the code inside a ``with`` block only, in this thread (a context
variable), so the rest of the program and other threads keep theirs. Stored values
never change with it; vocabulary words are stored in German and only shown
translated (:func:`wba_desktop.vocab.label`).
No Qt here: the core imports this module.
"""

from __future__ import annotations

import gettext
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

#: the languages the program speaks; the first is the source language
LANGUAGES = ("de", "en")
DOMAIN = "wba_desktop"
#: the environment variable the command line reads its language from
ENV_VAR = "WBA_LANGUAGE"

_state: dict[str, object] = {"code": "de", "catalog": gettext.NullTranslations()}
#: (code, catalog) for the code inside a ``with speaking(...)`` block, else None
_local: ContextVar[tuple[str, gettext.NullTranslations] | None] = ContextVar(
    "wba_language", default=None
)


def locale_dir() -> Path:
    """Where the compiled catalogs are: next to this module, in a checkout and in the
    frozen build (which ships ``wba_desktop/locale`` as data)."""
    here = Path(__file__).resolve().parent / "locale"
    if not here.is_dir() and getattr(sys, "frozen", False):  # pragma: no cover - build
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return base / "wba_desktop" / "locale"
    return here


def set_language(code: str) -> None:
    """Speak ``code`` ("de" or "en") from now on. Raises ValueError for another code."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}, expected one of {LANGUAGES}")
    _state["catalog"] = _catalog(code)
    _state["code"] = code


def _catalog(code: str) -> gettext.NullTranslations:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}, expected one of {LANGUAGES}")
    if code == LANGUAGES[0]:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, str(locale_dir()), languages=[code], fallback=True)


def _current() -> gettext.NullTranslations:
    local = _local.get()
    return local[1] if local is not None else _state["catalog"]  # type: ignore[return-value]


def language() -> str:
    """The language in use ("de" or "en"), inside :func:`speaking` its language."""
    local = _local.get()
    return local[0] if local is not None else str(_state["code"])


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Speak ``code`` inside the ``with`` block, in this thread only (the process-wide
    language stays): ``with speaking("de"): write_access_report(...)``."""
    token = _local.set((code, _catalog(code)))
    try:
        yield
    finally:
        _local.reset(token)


def language_from_environment(default: str = "de") -> str:
    """``WBA_LANGUAGE`` if it names a known language ("en", "en_GB.UTF-8" -> "en"),
    else ``default``."""
    value = os.environ.get(ENV_VAR, "").strip().lower()[:2]
    return value if value in LANGUAGES else default


def _(message: str) -> str:
    """``message`` (German) in the language in use; "" stays "" (gettext would answer
    the catalog's header)."""
    if not message:
        return message
    local = _local.get()  # _current() inlined: the core asks this 100,000s of times
    return (local[1] if local is not None else _state["catalog"]).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a message for ``n``, in the language in use."""
    return _current().ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for the catalog without translating it (module-level constants:
    they are read before the language is chosen). Translate with :func:`_` at use."""
    return message
