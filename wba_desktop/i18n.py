"""The language of the Qt-free core's messages: gettext catalogs, German as the source.

Every message a user reads from the core (validation, errors, import row errors,
report headings, the vocabulary's labels) is written in German and marked with
:func:`_` (translated where it is used) or :func:`N_` (a module-level constant, only
marked; translate it with :func:`_` where it is shown). German needs no catalog: the
message is its own translation. English comes from ``locale/en/LC_MESSAGES/
wba_desktop.mo``, built from the ``.po`` by ``tools/update-catalog.sh`` (Babel).

The language is process-wide: the GUI sets it once at start from the settings, the CLI
from ``WBA_LANGUAGE``. Stored values never change with it; vocabulary words are stored
in German and only shown translated (:func:`wba_desktop.vocab.label`).
No Qt here: the core imports this module.
"""

from __future__ import annotations

import gettext
import os
import sys
from pathlib import Path

#: the languages the program speaks; the first is the source language
LANGUAGES = ("de", "en")
DOMAIN = "wba_desktop"
#: the environment variable the command line reads its language from
ENV_VAR = "WBA_LANGUAGE"

_state: dict[str, object] = {"code": "de", "catalog": gettext.NullTranslations()}


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
    if code == LANGUAGES[0]:
        catalog: gettext.NullTranslations = gettext.NullTranslations()
    else:
        catalog = gettext.translation(DOMAIN, str(locale_dir()), languages=[code], fallback=True)
    _state["catalog"] = catalog
    _state["code"] = code


def language() -> str:
    """The language in use ("de" or "en")."""
    return str(_state["code"])


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
    return _state["catalog"].gettext(message)  # type: ignore[union-attr]


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a message for ``n``, in the language in use."""
    return _state["catalog"].ngettext(singular, plural, n)  # type: ignore[union-attr]


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for the catalog without translating it (module-level constants:
    they are read before the language is chosen). Translate with :func:`_` at use."""
    return message
