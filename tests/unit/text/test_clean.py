"""The text rules as pure functions: NFC, bidi controls, invisible-only, NUL, surrogates,
lengths."""

from __future__ import annotations

import unicodedata

import pytest

from wba_desktop.text.clean import (
    BIDI_CONTROLS,
    check,
    clean,
    is_blank,
    normalise,
    problem,
    too_long,
)

DECOMPOSED = unicodedata.normalize("NFD", "Jörg Müller-Lüdenscheidt")


def test_text_is_normalised_to_nfc():
    assert DECOMPOSED != "Jörg Müller-Lüdenscheidt"
    assert normalise(DECOMPOSED) == "Jörg Müller-Lüdenscheidt"
    assert clean(f"  {DECOMPOSED} ") == "Jörg Müller-Lüdenscheidt"


@pytest.mark.parametrize("ch", sorted(BIDI_CONTROLS))
def test_bidi_controls_are_stripped(ch):
    assert len(BIDI_CONTROLS) == 12  # U+202A-E, U+2066-9, LRM, RLM, ALM
    assert normalise(f"Rechnung{ch}fdp.exe") == "Rechnungfdp.exe"


def test_zero_width_joiner_inside_a_word_stays():
    assert normalise("a\u200db") == "a\u200db"


@pytest.mark.parametrize(
    "value", ["", " ", "\u200b", "\u200b\u200c\u200d", "\u2060\ufeff", "\u00ad", "\u3164",
              "\u202e\u200b \t"],
)  # fmt: skip
def test_invisible_only_is_blank_and_cleans_to_empty(value):
    assert is_blank(value)
    assert clean(value) == ""


def test_visible_text_is_not_blank_and_loses_invisible_ends():
    assert not is_blank("\u200bA")
    assert clean("\u200b\ufeffKammer Nord\u200b ") == "Kammer Nord"


def test_nul_and_lone_surrogates_are_named():
    assert "Nullzeichen" in problem("Name", "Kammer\x00Nord")
    assert problem("Name", "Kammer\ud800Nord").startswith("Name: enthält ein ungültiges Zeichen")
    assert problem("Name", "Kammer 😀 Nord") is None  # a real pair is fine
    assert normalise("a\udc00b") == "a\udc00b"  # kept for ``problem`` to see


def test_too_long_names_the_field_the_limit_and_the_length():
    assert (
        too_long("Name", "x" * 10_000, 200) == "Name: höchstens 200 Zeichen (eingegeben: 10.000)."
    )
    assert too_long("Name", "x" * 200, 200) is None
    assert too_long("Notizen", "x" * 10_000, None) is None
    assert check("Ort", "x" * 101, 100) == "Ort: höchstens 100 Zeichen (eingegeben: 101)."
    assert check("Ort", "a\x00", 100).startswith("Ort: enthält ein unzulässiges Steuerzeichen")


def test_quick_end_check_trims_like_the_full_scan():
    """``clean`` skips the trimming scan when both ends are letters or digits; filler
    letters that draw nothing (Hangul filler) still count as invisible."""
    import random

    from wba_desktop.text.clean import _invisible

    def reference(value: str) -> str:
        value = normalise(value)
        start, end = 0, len(value)
        while start < end and _invisible(value[start]):
            start += 1
        while end > start and _invisible(value[end - 1]):
            end -= 1
        return value[start:end]

    pieces = ["ä", "Ö", "x", "7", "½", "Ⅻ", "\u3164", "\u115f", "\u200b", " ", "\u00a0", "\u202e"]
    rng = random.Random(11)
    for _ in range(5000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        assert clean(value) == reference(value), repr(value)
