"""argparse in German: the msgids we translate still exist in the running argparse."""

from __future__ import annotations

import argparse
import inspect

import pytest

from wba_desktop.cli import german


@pytest.mark.parametrize("msgid", sorted(german.MESSAGES))
def test_every_translated_msgid_is_argparses(msgid):
    source = inspect.getsource(argparse)
    assert f"_({msgid!r})" in source or f'_("{msgid}")' in source


@pytest.mark.parametrize(("singular", "plural"), sorted(german.PLURAL_MESSAGES))
def test_plural_msgids_are_argparses(singular, plural):
    source = inspect.getsource(argparse)
    assert repr(singular) in source and repr(plural) in source


def test_translations_keep_the_placeholders():
    import re

    placeholder = re.compile(r"%(?:\(\w+\))?[rs]")
    for msgid, german_text in german.MESSAGES.items():
        names = sorted(re.findall(r"%\((\w+)\)", msgid))
        assert sorted(re.findall(r"%\((\w+)\)", german_text)) == names, msgid
        assert len(placeholder.findall(german_text)) == len(placeholder.findall(msgid)), msgid


def test_plural_forms():
    assert german.ngettext("expected %s argument", "expected %s arguments", 1) == "erwartet %s Wert"
    assert german.ngettext("expected %s argument", "expected %s arguments", 2) % 2 == (
        "erwartet 2 Werte"
    )
    assert german.ngettext("a", "b", 1) == "a"


def test_german_context_restores_argparse():
    before = argparse._, argparse.ngettext
    with german.german():
        with german.german():
            assert argparse._("options") == "Optionen"
        assert argparse._("options") == "Optionen"
    assert (argparse._, argparse.ngettext) == before
    assert argparse._("options") == "options"


def test_whole_number_names_itself_in_german():
    parser = german.GermanArgumentParser(prog="p")
    parser.add_argument("--n", type=german.whole_number)
    assert parser.parse_args(["--n", "7"]).n == 7
    with pytest.raises(SystemExit):
        parser.parse_args(["--n", "sieben"])
