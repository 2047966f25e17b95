"""The language of the Qt views: Qt's own translations and the app's English catalogue.

German is the source language: the views call ``self.tr("…")`` with German text and
``resources/i18n/wba_desktop_en.qm`` (built from ``wba_desktop_en.ts`` by
``tools/update-translations.py``) turns it into English.

How ``pyside6-lupdate`` assigns the context, and how it must match at run time:

- ``self.tr("…")`` inside ``class X`` → context ``X``. At run time PySide6 tries
  every class of the object's MRO, so a method inherited by a subclass (or from a
  mixin) is still found under the class that wrote it.
- ``something.tr("…")`` → context ``something`` (the text before ``.tr``), which
  PySide6 never uses at run time: do not write ``parent.tr``/``w.tr``.
- a bare ``tr("…")`` and ``QT_TR_NOOP("…")`` → the empty context, which
  :func:`tr` of this module translates: the one helper for module-level
  functions and for texts declared in tuples and constants (mark them with
  ``QT_TR_NOOP`` and pass them through :func:`tr` where they are shown).
- ``QCoreApplication.translate("Context", "…")`` with both as literals → ``Context``.

A text found in no context of the object's classes is looked up once more in the
empty context (:class:`_EmptyContextFallback`), so ``self.tr(CONSTANT)`` with a
``QT_TR_NOOP`` constant, or a ``tr`` helper called from a class, still translates.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from wba_desktop import i18n, paths

LANGUAGES = ("de", "en")
#: overrides the language of the settings (tests, screenshots)
ENV_LANGUAGE = "WBA_LANGUAGE"
CATALOGUE = "wba_desktop"

_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a text of a module-level function or a ``QT_TR_NOOP`` constant."""
    return QCoreApplication.translate("", text, disambiguation, n)


def chosen_language(setting: str | None = None) -> str:
    """``WBA_LANGUAGE`` if set, else the setting; anything unknown falls back to German."""
    language = (os.environ.get(ENV_LANGUAGE) or setting or "de").strip().lower()
    return language if language in LANGUAGES else "de"


def catalogue_path(language: str):
    """The compiled catalogue of the app's texts for ``language`` (none for German)."""
    return paths.resource_path("i18n", f"{CATALOGUE}_{language}.qm")


def install_translations(app, language: str) -> None:
    """Install Qt's own texts (``qtbase_de``/``qtbase_en``) and, for English, the app's
    catalogue; replaces what an earlier call installed. Also tells the Qt-free core
    (``wba_desktop.i18n``, where present) the language."""
    language = language if language in LANGUAGES else "de"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_texts = QTranslator(app)
    if qt_texts.load(f"qtbase_{language}", qt_folder):
        _install(app, qt_texts)
    if language != "de":
        ours = QTranslator(app)
        if ours.load(str(catalogue_path(language))):
            # Qt asks the translator installed last first: the exact context wins
            _install(app, _EmptyContextFallback(ours, app))
            _install(app, ours)
    i18n.set_language(language)  # the Qt-free core's messages in the same language


class _EmptyContextFallback(QTranslator):
    """Answers a miss in a class's context with the catalogue's empty context."""

    def __init__(self, catalogue: QTranslator, parent) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None, not "": an empty string would end Qt's search with an empty text
        if not context or not source_text:
            return None
        return self._catalogue.translate("", source_text, disambiguation, n) or None


def _install(app, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
