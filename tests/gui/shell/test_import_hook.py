"""PySide6's import hook reads every imported module's source; it must not keep it."""

from __future__ import annotations

import importlib
import linecache
import sys

import pytest

from wba_desktop.views.common import import_hook


@pytest.fixture
def module_dir(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("wba_hook_probe_qt", "wba_hook_probe_plain"):
        sys.modules.pop(name, None)


def test_imported_modules_leave_no_lines_in_the_cache(qapp, module_dir):
    assert import_hook.lighten()
    (module_dir / "wba_hook_probe_plain.py").write_text("VALUE = 1\n" * 2000)
    __import__("wba_hook_probe_plain")  # an import statement: through PySide6's hook
    cached = [name for name in linecache.cache if "wba_hook_probe" in name]
    assert cached == []


def test_the_check_gives_pyside6s_answer(module_dir):
    (module_dir / "wba_hook_probe_qt.py").write_text("from PySide6 import QtCore\n")
    (module_dir / "wba_hook_probe_plain.py").write_text("import json\n")
    qt = importlib.import_module("wba_hook_probe_qt")
    plain = importlib.import_module("wba_hook_probe_plain")
    assert import_hook.uses_pyside(qt) is True
    assert import_hook.uses_pyside(plain) is False
    assert import_hook.uses_pyside(sys) is False  # built in: no source at all
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is import_hook.uses_pyside


def test_a_module_without_a_file_asks_its_loader(monkeypatch):
    class Loader:
        def get_source(self, name):
            return "import PySide6.QtCore" if name == "frozen_qt" else None

    class Spec:
        loader = Loader()

    class Module:
        __spec__ = Spec()
        __file__ = "/nonexistent/frozen_qt.pyc"

        def __init__(self, name):
            self.__name__ = name

    assert import_hook.uses_pyside(Module("frozen_qt")) is True
    assert import_hook.uses_pyside(Module("other")) is False
