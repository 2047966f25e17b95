"""The English catalog of the core's messages: current, complete, compiled, and used.

The catalog is checked against the source (a fresh Babel extraction), the compiled
``.mo`` against the ``.po``, every English text against its German placeholders; and
the switch itself: ``set_language`` changes what ``_``, the vocabulary labels and the
formatting words say, and the fixture puts German back for the rest of the suite.
"""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from wba_desktop import i18n, vocab
from wba_desktop.errors import DuplicatesFound, ValidationError
from wba_desktop.text import clean
from wba_desktop.text import format as fmt

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "wba_desktop" / "locale" / "en" / "LC_MESSAGES" / "wba_desktop.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


@pytest.fixture(autouse=True)
def german_afterwards():
    """Whatever a test switches to, the rest of the suite speaks German again."""
    yield
    i18n.set_language("de")


@pytest.fixture
def english():
    i18n.set_language("en")
    return i18n


def _ids(catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}


def _po():
    with PO.open("rb") as f:
        return read_po(f, locale="en")


def _extracted() -> set[str]:
    """What ``tools/update-catalog.sh`` would extract today (same babel.cfg)."""
    method_map, options_map = [], {}
    section = None
    for line in (ROOT / "babel.cfg").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            method, pattern = (p.strip() for p in line[1:-1].split(":", 1))
            method_map.append((pattern, method))
            section = pattern
            options_map[section] = {}
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def _fields(text: str) -> list[str]:
    """The replacement fields of a str.format text, as written ("name", "day:%d.%m.%Y")."""
    out = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            out.append(f"{name}!{conversion or ''}:{spec or ''}")
    return sorted(out)


def test_the_catalog_is_current():
    """A message marked in the code but not in the .po would stay German in English:
    run tools/update-catalog.sh."""
    extracted = _extracted()
    in_po = _ids(_po())
    assert len(extracted) > 700  # the extraction did find the core's messages
    missing = sorted(extracted - in_po)
    stale = sorted(in_po - extracted)
    assert not missing, f"not in the catalog (run tools/update-catalog.sh): {missing[:20]}"
    assert not stale, f"no longer in the code (run tools/update-catalog.sh): {stale[:20]}"


def test_every_message_has_english():
    untranslated = [m.id for m in _po() if m.id and not m.string]
    assert untranslated == []


def test_the_compiled_catalog_matches_the_po():
    def plain(value):  # a plural message's ids and strings come as lists or tuples
        return value if isinstance(value, str) else tuple(value)

    with MO.open("rb") as f:
        compiled = {plain(m.id): plain(m.string) for m in read_mo(f) if m.id}
    written = {plain(m.id): plain(m.string) for m in _po() if m.id and m.string and not m.fuzzy}
    assert compiled == written, "run tools/update-catalog.sh (pybabel compile)"


def test_plural_messages_have_both_english_forms(english):
    plurals = [m for m in _po() if m.id and not isinstance(m.id, str)]
    assert plurals  # the relation count of a merge, at least
    assert all(len(m.string) == 2 and all(m.string) for m in plurals)
    one = " {count} Beziehung zwischen den beiden entfiel."
    many = " {count} Beziehungen zwischen den beiden entfielen."
    assert i18n.ngettext(one, many, 1) == " {count} relation between the two was dropped."
    assert i18n.ngettext(one, many, 3) == " {count} relations between the two were dropped."


def test_translations_keep_the_placeholders():
    wrong = [
        (m.id, m.string)
        for m in _po()
        if m.id and isinstance(m.id, str) and _fields(m.id) != _fields(m.string)
    ]
    assert wrong == []


def test_translations_keep_leading_and_trailing_blanks():
    """Parts of a sentence („ der Datei …“, „Nicht erfüllt: “) are glued to others."""
    wrong = [
        (m.id, m.string)
        for m in _po()
        if m.id
        and isinstance(m.id, str)
        and (m.id[:1].isspace(), m.id[-1:].isspace())
        != (m.string[:1].isspace(), m.string[-1:].isspace())
    ]
    assert wrong == []


def test_language_switch(english):
    assert i18n.language() == "en"
    assert i18n._("{label}: Bitte ausfüllen.").format(label=i18n._("Nachname")) == (
        "Last name: Please fill in."
    )
    i18n.set_language("de")
    assert i18n.language() == "de"
    assert i18n._("{label}: Bitte ausfüllen.") == "{label}: Bitte ausfüllen."


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language("fr")
    assert i18n.language() == "de"


def test_empty_and_unknown_messages_stay_as_they_are(english):
    assert i18n._("") == ""  # not the catalog's header
    assert i18n._("Muster GmbH") == "Muster GmbH"  # a user's own words


def test_vocabulary_is_stored_german_and_shown_translated(english):
    assert "Aktiv" in vocab.PHASES  # what the database holds does not change
    assert vocab.label("Aktiv") == "Active"
    assert vocab.label("Veranstaltungseinladungen") == "Event invitations"
    assert vocab.label("Eigenes Wort") == "Eigenes Wort"
    untranslated = [
        word
        for words in (vocab.PHASES, vocab.EVENT_STATUSES, vocab.STATUSES, vocab.CHANNELS)
        for word in words
        if vocab.label(word) == word and word not in ("Post",)
    ]
    assert untranslated == []
    i18n.set_language("de")
    assert vocab.label("Aktiv") == "Aktiv"


def test_formatting_words(english):
    assert fmt.listing(["A", "B", "C"]) == "A, B and C"
    assert fmt.day_range(date(2026, 3, 1), None) == "from 01.03.2026"
    assert fmt.day_range(None, date(2026, 3, 5)) == "until 05.03.2026"
    assert fmt.yes_no(True) == "yes"
    i18n.set_language("de")
    assert fmt.listing(["A", "B", "C"]) == "A, B und C"
    assert fmt.day_range(date(2026, 3, 1), None) == "ab 01.03.2026"
    assert fmt.yes_no(False) == "nein"


def test_text_rules_name_the_field_in_english(english):
    assert (
        clean.check("Nachname", "x" * 12, 10) == "Last name: at most 10 characters (entered: 12)."
    )
    assert clean.check("Nachname", "a\x00b").startswith("Last name: contains a forbidden")


def test_errors_read_in_english(english):
    assert str(DuplicatesFound([])) == "Possibly already there: "
    err = ValidationError({"name": i18n._("Name: Bitte ausfüllen.")})
    assert err.message == "Name: Please fill in."


def test_who_asks_reads_in_either_language(english):
    from wba_desktop.services.lotsen.inquiry_list import inquirer_label
    from wba_desktop.services.lotsen.status import COMPANY

    assert inquirer_label("privat", None, "Ute", "Zorbeling", False) == "Advice seeker U. Z."
    assert inquirer_label("privat", None, "", "", True) == "Advice seeker (anonymised)"
    assert inquirer_label(COMPANY, None, None, None, False) == "Company (unknown)"
    with i18n.speaking("de"):
        assert inquirer_label("privat", None, "Ute", "Zorbeling", False) == "Ratsuchende/r U. Z."
        assert inquirer_label(COMPANY, None, None, None, False) == "Unternehmen (unbekannt)"


def test_cli_language_from_the_environment(monkeypatch):
    monkeypatch.setenv("WBA_LANGUAGE", "en_GB.UTF-8")
    assert i18n.language_from_environment() == "en"
    monkeypatch.setenv("WBA_LANGUAGE", "fr")
    assert i18n.language_from_environment() == "de"
    monkeypatch.delenv("WBA_LANGUAGE")
    assert i18n.language_from_environment() == "de"


def test_speaking_switches_only_inside_the_block_and_this_thread(english):
    import threading

    seen: dict[str, str] = {}
    inside = threading.Event()
    go_on = threading.Event()

    def other_thread():
        inside.wait(5)
        seen["other"] = i18n._("ja")
        go_on.set()

    worker = threading.Thread(target=other_thread)
    worker.start()
    with i18n.speaking("de"):
        assert i18n.language() == "de"
        assert i18n._("ja") == "ja"
        assert fmt.yes_no(True) == "ja"
        inside.set()
        assert go_on.wait(5)
    worker.join(5)
    assert seen["other"] == "yes"  # the other thread kept the program's language
    assert i18n.language() == "en" and i18n._("ja") == "yes"
    with pytest.raises(ValueError, match="unknown language"), i18n.speaking("fr"):
        pass
    assert i18n.language() == "en"


def test_seeded_kinds_of_organisation_and_relation_read_in_english(english):
    from wba_desktop.vocab import ORGANISATION_TYPES, RELATION_TYPES, label

    shown = [label(t) for t in ORGANISATION_TYPES]
    assert "Employment agency" in shown and "Initiative / network" in shown
    assert all(a != b for a, b in zip(shown, ORGANISATION_TYPES, strict=True))
    for name, forward, reverse in RELATION_TYPES:
        assert label(name) != name and label(forward) != forward
        assert not reverse or label(reverse) != reverse
    assert label("Eigene Art der Redaktion") == "Eigene Art der Redaktion"  # a user's own


def test_vocabulary_lists_match_the_seeded_reference_data():
    """The words marked for the catalog are the ones revision 0001 stores."""
    import importlib

    from wba_desktop.vocab import ORGANISATION_TYPES, RELATION_TYPES

    initial = importlib.import_module("wba_desktop.db.migrations.versions.0001_initial")
    assert tuple(n for n, _c, _m in initial.ORGANISATION_TYPES) == ORGANISATION_TYPES
    seeded = tuple((n, f, r or "") for n, f, r, _d in initial.RELATION_TYPES)
    assert seeded == RELATION_TYPES
