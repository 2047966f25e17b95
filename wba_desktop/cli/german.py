"""argparse in German: "Aufruf:", "Optionen", "Fehler: …" instead of its English texts.

argparse translates its own texts through ``gettext`` (module-level ``_`` and
``ngettext`` in ``argparse``), but ships no German catalogue. ``GermanArgumentParser``
swaps in a German lookup while it builds itself, parses, and formats help, and puts
the originals back afterwards, so other argparse users in the same process (pytest,
for one) keep theirs. The keys are argparse's msgids of Python 3.11; a unit test
checks that each one still occurs in the running argparse.

In English (``WBA_LANGUAGE=en``, :func:`wba_desktop.i18n.language`) argparse keeps its
own English texts; the program's help texts come from the catalog.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import wraps

from wba_desktop.i18n import N_, _, language

# argparse's msgids a user can meet, and their German. Texts only a programmer
# sees (conflicting options, a positional marked required …) stay English.
MESSAGES: dict[str, str] = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Positionsargumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe anzeigen und beenden",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "Argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "diese Argumente fehlen: %s",
    "one of the arguments %s is required": "eines der Argumente %s ist nötig",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ungültige Auswahl: %(value)r (möglich: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ungültiger Wert %(value)r (erwartet: %(type)s)",
    "unrecognized arguments: %s": "unbekannte Argumente: %s",
    "expected one argument": "erwartet einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "not allowed with argument %s": "nicht zusammen mit Argument %s möglich",
    "ignored explicit argument %r": "unerwarteter Wert %r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "mehrdeutige Option: %(option)s passt zu %(matches)s"
    ),
    "unexpected option string: %s": "unerwartete Option: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "unbekannter Befehl %(parser_name)r (möglich: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ lässt sich nicht öffnen: %(error)s",
}

# ngettext msgids: (singular, plural) -> German (singular, plural).
PLURAL_MESSAGES: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("erwartet %s Wert", "erwartet %s Werte"),
}

USAGE_PREFIX = MESSAGES["usage: "]
VERSION_HELP = N_("Versionsnummer anzeigen und beenden")


def gettext(message: str) -> str:
    """German for one of argparse's texts, or the text itself."""
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """German for one of argparse's texts with a number."""
    one, many = PLURAL_MESSAGES.get((singular, plural), (singular, plural))
    return one if n == 1 else many


@contextmanager
def german() -> Iterator[None]:
    """Let argparse speak German for the duration (re-entrant; restores on exit); in
    another language argparse keeps its own (English) texts."""
    if language() != "de":
        yield
        return
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _in_german(method):
    @wraps(method)
    def wrapper(*args, **kwargs):
        with german():
            return method(*args, **kwargs)

    return wrapper


class GermanHelpFormatter(argparse.HelpFormatter):
    """Help whose usage line starts with "Aufruf: " (in German)."""

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None and language() == "de":
            prefix = USAGE_PREFIX
        return super()._format_usage(usage, actions, groups, prefix)


class GermanArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose help and error messages are German.

    Sub-parsers made with ``add_subparsers().add_parser`` are of this class too.
    """

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", GermanHelpFormatter)
        with german():
            super().__init__(*args, **kwargs)

    parse_args = _in_german(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_german(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_german(argparse.ArgumentParser.format_usage)
    format_help = _in_german(argparse.ArgumentParser.format_help)
    add_subparsers = _in_german(argparse.ArgumentParser.add_subparsers)

    def error(self, message: str):
        """Print the usage and "PROG: Fehler: MESSAGE" to stderr, exit with 2."""
        self.print_usage(sys.stderr)
        self.exit(2, _("{prog}: Fehler: {message}").format(prog=self.prog, message=message) + "\n")


class _WholeNumber:
    """``type=`` for whole numbers; its name shows in "erwartet: ganze Zahl" ("invalid
    whole number value" in English): argparse reads ``__name__`` when it complains."""

    def __call__(self, text: str) -> int:
        return int(text)

    @property
    def __name__(self) -> str:  # noqa: PLW3201 - argparse reads it
        return _("ganze Zahl")


whole_number = _WholeNumber()
